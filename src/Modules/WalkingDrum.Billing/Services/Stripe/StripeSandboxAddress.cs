namespace WalkingDrum.Billing.Services.Stripe;

/// <summary>
/// Where the Stripe sandbox listens: <c>Stripe:Sandbox:ApiBase</c> when a standalone sandbox is
/// configured, otherwise the embedded one, once <see cref="EmbeddedStripeSandbox"/> has started it.
/// </summary>
public sealed class StripeSandboxAddress
{
    private readonly TaskCompletionSource<Uri> _address = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The sandbox's API base (also the host of its hosted pages).</summary>
    public Task<Uri> GetAsync(CancellationToken cancellationToken) => _address.Task.WaitAsync(cancellationToken);

    internal void Set(Uri apiBase) => _address.TrySetResult(apiBase);

    internal void Fail(Exception error) => _address.TrySetException(error);
}
