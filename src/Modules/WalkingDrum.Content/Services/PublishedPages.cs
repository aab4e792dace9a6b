using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using WalkingDrum.Content.Models;
using WalkingDrum.Core.Data;

namespace WalkingDrum.Content.Services;

/// <summary>A page as shoppers see it: its published version.</summary>
public sealed record PublishedPage(Guid Id, string Title, string Slug, string BlocksJson, bool IsHomePage, DateTimeOffset? PublishedAt);

/// <summary>Reads published versions only, so a draft can never reach the storefront.</summary>
internal sealed class PublishedPages(WalkingDrumDbContext db)
{
    public Task<PublishedPage?> FindBySlugAsync(string slug, CancellationToken cancellationToken) =>
        Query(v => v.Slug == slug).FirstOrDefaultAsync(cancellationToken);

    public Task<PublishedPage?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        Query(v => v.PageId == id).FirstOrDefaultAsync(cancellationToken);

    public async Task<PublishedPage?> FindHomeAsync(CancellationToken cancellationToken)
    {
        var homeId = await db.Set<Page>().Where(p => p.IsHomePage && p.PublishedVersion != null).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(cancellationToken);
        return homeId is { } id ? await FindAsync(id, cancellationToken) : null;
    }

    public IAsyncEnumerable<PublishedPage> ListAsync() => Query(_ => true).AsAsyncEnumerable();

    private IQueryable<PublishedPage> Query(Expression<Func<PageVersion, bool>> filter) =>
        from version in db.Set<PageVersion>().AsNoTracking().Where(filter)
        join page in db.Set<Page>().AsNoTracking() on version.PageId equals page.Id
        where page.PublishedVersion == version.Number
        orderby version.Slug
        select new PublishedPage(page.Id, version.Title, version.Slug, version.BlocksJson, page.IsHomePage, page.PublishedAt);
}
