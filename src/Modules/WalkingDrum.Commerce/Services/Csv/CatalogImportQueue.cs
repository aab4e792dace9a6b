using System.Threading.Channels;
using WalkingDrum.Core.Tenancy;

namespace WalkingDrum.Commerce.Services.Csv;

/// <summary>Imports waiting for the background importer, in upload order.</summary>
public sealed class CatalogImportQueue
{
    private readonly Channel<(TenantInfo Shop, Guid ImportId)> _channel =
        Channel.CreateUnbounded<(TenantInfo, Guid)>(new UnboundedChannelOptions { SingleReader = true });

    public void Enqueue(TenantInfo shop, Guid importId) => _channel.Writer.TryWrite((shop, importId));

    public IAsyncEnumerable<(TenantInfo Shop, Guid ImportId)> ReadAllAsync(CancellationToken cancellationToken) =>
        _channel.Reader.ReadAllAsync(cancellationToken);
}
