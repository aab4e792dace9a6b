using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using WalkingDrum.Content.Models;
using WalkingDrum.Core.Content;

namespace WalkingDrum.Content.Services;

public sealed partial class PageService
{
    /// <summary>Takes the page off the storefront; its draft and history stay.</summary>
    public async Task<PageCommandResult> UnpublishAsync(Guid pageId, CancellationToken cancellationToken)
    {
        var page = await db.Set<Page>().FirstOrDefaultAsync(p => p.Id == pageId, cancellationToken);
        if (page is null)
        {
            return new PageCommandResult(PageOutcome.NotFound);
        }

        if (page.PublishedVersion is null)
        {
            return new PageCommandResult(PageOutcome.Done, page);
        }

        page.PublishedVersion = null;
        page.PublishedAt = null;
        page.HasUnpublishedChanges = false;
        page.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        await PublishAsync(page.Id, ContentChange.Unpublished, cancellationToken);
        return new PageCommandResult(PageOutcome.Done, page);
    }

    /// <summary>Removes the page with its history, its parts' data and the redirects that led to it.</summary>
    public async Task<PageCommandResult> DeleteAsync(Guid pageId, CancellationToken cancellationToken)
    {
        var page = await db.Set<Page>().FirstOrDefaultAsync(p => p.Id == pageId, cancellationToken);
        if (page is null)
        {
            return new PageCommandResult(PageOutcome.NotFound);
        }

        var versions = await db.Set<PageVersion>().Where(v => v.PageId == pageId).ToListAsync(cancellationToken);
        var paths = versions.Select(v => PathOf(v.Slug)).Append(PathOf(page.Slug)).Distinct().ToArray();
        var leadingHere = await db.Set<StorefrontRedirect>().Where(r => paths.Contains(r.ToPath)).ToListAsync(cancellationToken);
        await parts.DeleteAsync(new ContentItemKey(ContentTypes.Page, pageId), cancellationToken);
        db.RemoveRange(leadingHere);
        db.RemoveRange(versions);
        db.Remove(page);
        await db.SaveChangesAsync(cancellationToken);
        await PublishAsync(pageId, ContentChange.Deleted, cancellationToken);
        return new PageCommandResult(PageOutcome.Done, page);
    }

    /// <summary>Makes the page the storefront's home page (shown at <c>/</c> once published), or no page when null.</summary>
    public async Task<PageCommandResult> SetHomePageAsync(Guid? pageId, CancellationToken cancellationToken)
    {
        var affected = await db.Set<Page>().Where(p => p.IsHomePage || p.Id == pageId).ToListAsync(cancellationToken);
        if (pageId is not null && affected.All(p => p.Id != pageId))
        {
            return new PageCommandResult(PageOutcome.NotFound);
        }

        foreach (var page in affected)
        {
            page.IsHomePage = page.Id == pageId;
        }

        await db.SaveChangesAsync(cancellationToken);
        // A live page that gains or loses "/" changed its address for shoppers and search.
        foreach (var page in affected.Where(p => p.PublishedVersion is not null))
        {
            await PublishAsync(page.Id, ContentChange.Published, cancellationToken);
        }

        return new PageCommandResult(PageOutcome.Done, affected.Find(p => p.Id == pageId));
    }

    // Two saves of one page at once collide on the version number (or two pages on a slug): the
    // later one is refused with a message instead of failing the request.
    private async Task<bool> CommitAsync(ModelStateDictionary errors, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            errors.AddModelError("", "Someone saved this page (or took its address) at the same moment. Reload the page and try again.");
            return false;
        }
    }

    private Task PublishAsync(Guid pageId, ContentChange change, CancellationToken cancellationToken) =>
        events.PublishAsync(new ContentItemChanged(db.CurrentTenantId, new ContentItemKey(ContentTypes.Page, pageId), change), cancellationToken);
}
