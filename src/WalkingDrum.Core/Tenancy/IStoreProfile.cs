namespace WalkingDrum.Core.Tenancy;

/// <summary>The public details of a shop that storefront pages and emails show.</summary>
/// <param name="Name">Store name.</param>
/// <param name="Tagline">One line under the name.</param>
/// <param name="Currency">ISO 4217 code of the shop's prices.</param>
/// <param name="ContactEmail">Where shoppers write to.</param>
public sealed record StoreProfile(string Name, string Tagline, string Currency, string ContactEmail);

/// <summary>Reads the current tenant's <see cref="StoreProfile"/> (cached briefly).</summary>
public interface IStoreProfileReader
{
    /// <summary>The current tenant's profile.</summary>
    ValueTask<StoreProfile> GetAsync(CancellationToken cancellationToken = default);
}
