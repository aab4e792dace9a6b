namespace WalkingDrum.Core.Content;

/// <summary>
/// Permanent redirects from storefront paths that no longer exist (a page or product whose slug
/// changed) to where the content lives now, so links and search results keep working.
/// </summary>
public interface IStorefrontRedirects
{
    /// <summary>
    /// Stages a redirect from <paramref name="fromPath"/> to <paramref name="toPath"/> (both relative
    /// to the tenant, e.g. <c>/products/old</c>) on the scoped DbContext; the caller saves. Earlier
    /// redirects to <paramref name="fromPath"/> are pointed at the new path so no chain forms.
    /// </summary>
    Task AddAsync(string fromPath, string toPath, CancellationToken cancellationToken);

    /// <summary>Where <paramref name="path"/> moved to, or <see langword="null"/>.</summary>
    Task<string?> FindAsync(string path, CancellationToken cancellationToken);
}
