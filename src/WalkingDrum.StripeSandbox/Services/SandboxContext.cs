namespace WalkingDrum.StripeSandbox.Services;

/// <summary>The sandbox-wide pieces every request and the delivery worker share.</summary>
internal sealed class SandboxContext(StripeSandboxOptions options, TimeProvider clock)
{
    public StripeSandboxOptions Options { get; } = options;

    public TimeProvider Clock { get; } = clock;

    /// <summary>Base of hosted pages; set once Kestrel knows its port.</summary>
    public Uri PublicBase { get; set; } = options.PublicUrl ?? new Uri("http://127.0.0.1/");

    public Uri PageUrl(string path) => new(PublicBase, path);
}
