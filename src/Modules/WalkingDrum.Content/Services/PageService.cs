using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using WalkingDrum.Content.Models;
using WalkingDrum.Content.Models.Blocks;
using WalkingDrum.Core.Content;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Events;
using WalkingDrum.Core.Text;

namespace WalkingDrum.Content.Services;

/// <summary>
/// Every change to a page: each save writes a new version (so history is complete) and commits
/// with one SaveChanges; shoppers see a version only once it is published. Events follow the commit.
/// </summary>
public sealed partial class PageService(
    WalkingDrumDbContext db,
    IStorefrontRedirects redirects,
    ContentParts parts,
    DomainEvents events,
    TimeProvider clock)
{
    public const int MaxTitle = 200;

    /// <summary>Creates a page (<paramref name="pageId"/> null) or saves a new draft of one, publishing it when asked.</summary>
    public async Task<PageCommandResult> SaveAsync(Guid? pageId, PageDraft draft, PageSaveOptions options, ModelStateDictionary errors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(options);
        var page = pageId is { } id ? await db.Set<Page>().FirstOrDefaultAsync(p => p.Id == id, cancellationToken) : null;
        if (pageId is not null && page is null)
        {
            return new PageCommandResult(PageOutcome.NotFound);
        }

        var title = new string((draft.Title ?? "").Where(c => !char.IsControl(c)).ToArray()).Trim();
        var slug = string.IsNullOrWhiteSpace(draft.Slug) ? Slugs.FromTitle(title) : draft.Slug.Trim();
        var blocks = (draft.Blocks ?? []).Select(BlockRules.Normalize).ToArray();
        var itemId = page?.Id ?? Guid.CreateVersion7();
        await ValidateAsync(itemId, title, slug, draft.Slug, blocks, errors, cancellationToken);
        if (options.StageParts is not null)
        {
            await options.StageParts(new ContentItemKey(ContentTypes.Page, itemId));
        }

        // Counting errors, not IsValid: fields a part only echoes back stay "unvalidated".
        if (errors.ErrorCount > 0)
        {
            return new PageCommandResult(PageOutcome.Invalid, page);
        }

        var now = clock.GetUtcNow();
        if (page is null)
        {
            page = new Page { Id = itemId, Title = title, Slug = slug, CreatedAt = now };
            db.Add(page);
        }

        var livePath = await PublishedPathAsync(page, cancellationToken);
        var wasLive = page.PublishedVersion is not null;
        var json = PageBlocks.Serialize(blocks);
        page.Title = title;
        page.Slug = slug;
        page.BlocksJson = json;
        page.UpdatedAt = now;
        page.LatestVersion++;
        db.Add(new PageVersion
        {
            PageId = page.Id, Number = page.LatestVersion, Title = title, Slug = slug, BlocksJson = json,
            Author = options.Author.Length > 256 ? options.Author[..256] : options.Author,
            WasPublished = options.Publish, CreatedAt = now,
        });
        if (options.Publish)
        {
            page.PublishedVersion = page.LatestVersion;
            page.PublishedAt = now;
            page.HasUnpublishedChanges = false;
            if (livePath is not null && livePath != PathOf(slug))
            {
                await redirects.AddAsync(livePath, PathOf(slug), cancellationToken);
            }
        }
        else
        {
            page.HasUnpublishedChanges = wasLive;
        }

        if (!await CommitAsync(errors, cancellationToken))
        {
            return new PageCommandResult(PageOutcome.Invalid, page);
        }

        // Parts are not versioned: what they saved on a live page is live at once.
        var change = options.Publish || (wasLive && options.StageParts is not null) ? ContentChange.Published : ContentChange.Saved;
        await PublishAsync(page.Id, change, cancellationToken);
        return new PageCommandResult(PageOutcome.Done, page);
    }

    /// <summary>Copies version <paramref name="number"/> into the draft, as a new version.</summary>
    public async Task<PageCommandResult> RestoreAsync(Guid pageId, int number, string author, ModelStateDictionary errors, CancellationToken cancellationToken)
    {
        var version = await db.Set<PageVersion>().AsNoTracking()
            .FirstOrDefaultAsync(v => v.PageId == pageId && v.Number == number, cancellationToken);
        if (version is null)
        {
            return new PageCommandResult(PageOutcome.NotFound);
        }

        var draft = new PageDraft(version.Title, version.Slug, PageBlocks.Parse(version.BlocksJson));
        return await SaveAsync(pageId, draft, new PageSaveOptions(author, Publish: false), errors, cancellationToken);
    }

    /// <summary>A page's storefront path for a slug.</summary>
    public static string PathOf(string slug) => "/pages/" + slug;

    private async Task ValidateAsync(
        Guid pageId, string title, string slug, string? typedSlug, PageBlock[] blocks, ModelStateDictionary errors, CancellationToken cancellationToken)
    {
        if (title.Length == 0)
        {
            errors.AddModelError("Title", "Enter a title.");
        }
        else if (title.Length > MaxTitle)
        {
            errors.AddModelError("Title", $"Use at most {MaxTitle} characters.");
        }

        if (slug.Length == 0)
        {
            errors.AddModelError("Slug", "Enter the page's address, like about-us.");
        }
        else if (!Slugs.IsValid(slug))
        {
            var suggestion = Slugs.FromTitle(typedSlug);
            errors.AddModelError("Slug", "Use lower-case letters, digits and single hyphens"
                + (suggestion.Length > 0 ? $", like {suggestion}." : "."));
        }
        else if (await SlugTakenAsync(pageId, slug, cancellationToken))
        {
            errors.AddModelError("Slug", "Another page already uses this address. Choose a different one.");
        }

        BlockRules.Validate(blocks, errors);
        await ValidateMediaAsync(blocks, errors, cancellationToken);
    }

    // Taken by another page's draft or by what another page shows shoppers right now.
    private Task<bool> SlugTakenAsync(Guid pageId, string slug, CancellationToken cancellationToken) =>
        db.Set<Page>().AnyAsync(p => p.Id != pageId && (p.Slug == slug
            || db.Set<PageVersion>().Any(v => v.PageId == p.Id && v.Number == p.PublishedVersion && v.Slug == slug)), cancellationToken);

    private async Task ValidateMediaAsync(PageBlock[] blocks, ModelStateDictionary errors, CancellationToken cancellationToken)
    {
        var wanted = blocks.Select((b, i) => (Index: i, Field: b is HeroBlock ? "ImageId" : "MediaId",
                Id: b switch { ImageBlock image => image.MediaId, HeroBlock hero => hero.ImageId, _ => null }))
            .Where(w => w.Id is not null).ToArray();
        if (wanted.Length == 0)
        {
            return;
        }

        var ids = wanted.Select(w => w.Id!.Value).Distinct().ToArray();
        var known = await db.Set<MediaAsset>().Where(m => ids.Contains(m.Id)).Select(m => m.Id).ToListAsync(cancellationToken);
        foreach (var missing in wanted.Where(w => !known.Contains(w.Id!.Value)))
        {
            errors.AddModelError($"Blocks[{missing.Index}].{missing.Field}", "This image is not in your media library any more. Choose another one.");
        }
    }

    private async Task<string?> PublishedPathAsync(Page page, CancellationToken cancellationToken) =>
        page.PublishedVersion is not { } number
            ? null
            : await db.Set<PageVersion>().Where(v => v.PageId == page.Id && v.Number == number)
                .Select(v => "/pages/" + v.Slug).FirstOrDefaultAsync(cancellationToken);
}
