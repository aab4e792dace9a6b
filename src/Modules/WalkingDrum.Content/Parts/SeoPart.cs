using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using WalkingDrum.Content.Models;
using WalkingDrum.Content.Services;
using WalkingDrum.Core.Content;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Media;

namespace WalkingDrum.Content.Parts;

/// <summary>
/// The <c>seo</c> part of pages and products: a title and description for search results and a
/// social image, stored in <see cref="SeoMetadata"/>. An item with all fields empty has no row.
/// </summary>
internal sealed class SeoPart(WalkingDrumDbContext db, IMediaImages media, MediaChoices choices) : IContentPart
{
    public const string PartName = "seo";
    public const int RecommendedTitle = 70;
    public const int MaxTitle = 200;
    public const int MaxDescription = 500;

    public string Name => PartName;

    public string DisplayName => "Search engines and sharing";

    public int Order => 900;

    public string EditorView => "/Pages/Admin/Parts/_SeoPart.cshtml";

    public string? StorefrontSnippet => null;

    public bool AppliesTo(string contentType) => contentType is ContentTypes.Page or ContentTypes.Product;

    public async Task<object> BuildEditorAsync(string contentType, Guid? itemId, CancellationToken cancellationToken)
    {
        var row = itemId is { } id ? await FindAsync(new ContentItemKey(contentType, id), tracked: false, cancellationToken) : null;
        return new SeoPartEditor(row?.Title ?? "", row?.Description ?? "", row?.SocialImageId, await choices.ListAsync(cancellationToken));
    }

    public Task UpdateAsync(ContentItemKey item, IFormCollection form, ModelStateDictionary errors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(errors);
        string? Read(string field)
        {
            var key = $"{PartName}.{field}";
            var value = form[key].ToString();
            // Echoed so the form shows what was typed if anything fails; valid until an error says otherwise.
            errors.SetModelValue(key, value, value);
            errors.MarkFieldValid(key);
            return value;
        }

        return StageAsync(item, new SeoInput(Read("title"), Read("description"), Read("socialImageId")), errors, cancellationToken);
    }

    /// <summary>Checks the input, recording errors under <c>seo.{field}</c>, and stages the row when valid.</summary>
    public async Task StageAsync(ContentItemKey item, SeoInput input, ModelStateDictionary errors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(errors);
        var title = Clean(input.Title);
        var description = Clean(input.Description);
        var valid = true;
        void Fail(string field, string message)
        {
            errors.AddModelError($"{PartName}.{field}", message);
            valid = false;
        }

        if (title.Length > MaxTitle)
        {
            Fail("title", $"Use at most {MaxTitle} characters (search engines show about {RecommendedTitle}).");
        }

        if (description.Length > MaxDescription)
        {
            Fail("description", $"Use at most {MaxDescription} characters.");
        }

        Guid? imageId = null;
        if (!string.IsNullOrWhiteSpace(input.SocialImageId))
        {
            if (!Guid.TryParse(input.SocialImageId, out var parsed))
            {
                Fail("socialImageId", "Choose an image from the list.");
            }
            else if ((await media.FindAsync([parsed], cancellationToken)).Count == 0)
            {
                Fail("socialImageId", "This image is not in your media library. Choose another one.");
            }
            else
            {
                imageId = parsed;
            }
        }

        if (!valid)
        {
            return;
        }

        var row = await FindAsync(item, tracked: true, cancellationToken);
        if (title.Length == 0 && description.Length == 0 && imageId is null)
        {
            if (row is not null)
            {
                db.Remove(row);
            }

            return;
        }

        if (row is null)
        {
            row = new SeoMetadata { ContentType = item.ContentType, ItemId = item.ItemId };
            db.Add(row);
        }

        row.Title = title.Length > 0 ? title : null;
        row.Description = description.Length > 0 ? description : null;
        row.SocialImageId = imageId;
    }

    public async Task<object?> BuildDropAsync(ContentItemKey item, CancellationToken cancellationToken)
    {
        var row = await FindAsync(item, tracked: false, cancellationToken);
        if (row is null)
        {
            return null;
        }

        var image = row.SocialImageId is { } id ? (await media.FindAsync([id], cancellationToken)).GetValueOrDefault(id) : null;
        return new SeoDrop(row.Title ?? "", row.Description ?? "", image?.Url);
    }

    public async Task DeleteAsync(ContentItemKey item, CancellationToken cancellationToken)
    {
        if (await FindAsync(item, tracked: true, cancellationToken) is { } row)
        {
            db.Remove(row);
        }
    }

    private Task<SeoMetadata?> FindAsync(ContentItemKey item, bool tracked, CancellationToken cancellationToken)
    {
        var set = tracked ? db.Set<SeoMetadata>() : db.Set<SeoMetadata>().AsNoTracking();
        return set.FirstOrDefaultAsync(s => s.ContentType == item.ContentType && s.ItemId == item.ItemId, cancellationToken);
    }

    // Titles and descriptions are single lines of plain text.
    private static string Clean(string? text) =>
        string.Join(' ', new string((text ?? "").Select(c => char.IsControl(c) ? ' ' : c).ToArray())
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
