using System.Text;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace WalkingDrum.Theme.Services;

/// <summary>
/// What <c>{% render %}</c> reads while a shop with overrides renders: the shop's override of a
/// partial when it has one, else the theme's own file.
/// </summary>
internal sealed class OverrideFileProvider(TemplateOverrideSet overrides, IFileProvider theme) : IFileProvider
{
    public IFileInfo GetFileInfo(string subpath) =>
        overrides.TryGetSource(TemplateNameOf(subpath), out var source)
            ? new SourceFileInfo(subpath, source, overrides.Version)
            : theme.GetFileInfo(subpath);

    public IDirectoryContents GetDirectoryContents(string subpath) => theme.GetDirectoryContents(subpath);

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    /// <summary><c>product-card.liquid</c> → <c>product-card</c>.</summary>
    public static string TemplateNameOf(string subpath)
    {
        var name = subpath.TrimStart('/');
        return name.EndsWith(".liquid", StringComparison.Ordinal) ? name[..^".liquid".Length] : name;
    }

    private sealed class SourceFileInfo(string name, string source, DateTimeOffset lastModified) : IFileInfo
    {
        private readonly byte[] _content = Encoding.UTF8.GetBytes(source);

        public bool Exists => true;

        public long Length => _content.Length;

        public string? PhysicalPath => null;

        public string Name => name;

        public DateTimeOffset LastModified => lastModified;

        public bool IsDirectory => false;

        public Stream CreateReadStream() => new MemoryStream(_content, writable: false);
    }
}
