namespace WalkingDrum.Theme.Services;

/// <summary>
/// Adds values that every storefront page sees, whatever module renders it: the Content module
/// adds the navigation menus and the theme settings.
/// </summary>
public interface IStorefrontLayoutContributor
{
    /// <summary>Sets values by Liquid name for the current tenant's pages.</summary>
    Task ContributeAsync(IDictionary<string, object?> values, CancellationToken cancellationToken);
}
