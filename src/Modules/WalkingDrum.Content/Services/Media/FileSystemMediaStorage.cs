using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using WalkingDrum.Core.Http;

namespace WalkingDrum.Content.Services.Media;

/// <summary>Media files under <c>{AppData}/media/{tenantId:N}/{key}</c>.</summary>
internal sealed partial class FileSystemMediaStorage(IOptions<AppDataOptions> appData) : IMediaStorage
{
    private readonly string _root = Path.Combine(appData.Value.Path, "media");

    public async Task WriteAsync(Guid tenantId, string key, Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var path = PathOf(tenantId, key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // Write beside the target and rename into place: a rename within one folder is atomic, so
        // a concurrent reader sees either no file or the whole file.
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                await content.CopyToAsync(file, cancellationToken);
                await file.FlushAsync(cancellationToken);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    public Task<MediaFile?> OpenAsync(Guid tenantId, string key, CancellationToken cancellationToken)
    {
        var path = PathOf(tenantId, key);
        try
        {
            var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 81920, useAsync: true);
            return Task.FromResult<MediaFile?>(new MediaFile(stream, stream.Length, File.GetLastWriteTimeUtc(path)));
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return Task.FromResult<MediaFile?>(null);
        }
    }

    public Task DeleteAsync(Guid tenantId, string key, CancellationToken cancellationToken)
    {
        var path = PathOf(tenantId, key);
        File.Delete(path);
        var folder = Path.GetDirectoryName(path)!;
        var tenantRoot = TenantRoot(tenantId);
        // Drop the asset's folder once its last file is gone, so deleted media leave nothing behind.
        if (!string.Equals(folder, tenantRoot, StringComparison.Ordinal) && Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
        {
            try
            {
                Directory.Delete(folder);
            }
            catch (IOException)
            {
                // Another upload wrote into the folder meanwhile; it stays.
            }
        }

        return Task.CompletedTask;
    }

    private string TenantRoot(Guid tenantId) => Path.Combine(_root, tenantId.ToString("N"));

    private string PathOf(Guid tenantId, string key)
    {
        if (tenantId == Guid.Empty)
        {
            throw new InvalidOperationException("Media belongs to a shop; the platform host has none.");
        }

        if (key is null || key.Length > 200 || !KeyPattern().IsMatch(key))
        {
            throw new ArgumentException($"'{key}' is not a media key.", nameof(key));
        }

        return Path.Combine(TenantRoot(tenantId), key.Replace('/', Path.DirectorySeparatorChar));
    }

    // Lower-case names joined by single slashes: no "..", no absolute paths, no hidden files.
    [GeneratedRegex("^[a-z0-9][a-z0-9_-]*(\\.[a-z0-9]+)*(/[a-z0-9][a-z0-9_-]*(\\.[a-z0-9]+)*)*$")]
    private static partial Regex KeyPattern();
}
