using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Primitives;
using WalkingDrum.Content.Models;
using WalkingDrum.Content.Services;
using WalkingDrum.Content.Services.Media;
using WalkingDrum.Core.Content;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Media;

namespace WalkingDrum.Content.Parts;

/// <summary>
/// The <c>images</c> part of products and pages: pick library images, upload one inline, order
/// them. The storefront reads the list as <c>parts.images</c>; product pages draw their gallery
/// from <see cref="IContentImages"/> themselves, so the part has no snippet.
/// </summary>
internal sealed class ImagesPart(WalkingDrumDbContext db, IContentImages images, IMediaUploads uploads) : IContentPart
{
    /// <summary>Most images one item may show.</summary>
    public const int MaxImages = 30;

    /// <summary>Library images offered besides the item's own.</summary>
    public const int PickerSize = 48;

    public const string SelectedField = "images.selected";
    public const string UploadField = "images.upload";
    public const string UploadAltField = "images.upload_alt";

    /// <summary>Form field of a chosen image's position.</summary>
    public static string PositionField(Guid id) => $"images.position.{id:N}";

    public string Name => "images";

    public string DisplayName => "Images";

    public int Order => 10;

    public string EditorView => "/Pages/Admin/Media/_ImagesPartEditor.cshtml";

    public string? StorefrontSnippet => null;

    public bool AppliesTo(string contentType) => contentType is ContentTypes.Product or ContentTypes.Page;

    public async Task<object> BuildEditorAsync(string contentType, Guid? itemId, CancellationToken cancellationToken)
    {
        var chosen = itemId is { } id ? await images.ListAsync(new ContentItemKey(contentType, id), cancellationToken) : [];
        var chosenIds = chosen.Select(i => i.Id).ToArray();
        var chosenAssets = await db.Set<MediaAsset>().AsNoTracking().Where(m => chosenIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, cancellationToken);
        // Ids are version-7 GUIDs, ordered by creation time on both databases (SQLite cannot
        // order by a DateTimeOffset).
        var others = await db.Set<MediaAsset>().AsNoTracking()
            .Where(m => !chosenIds.Contains(m.Id))
            .OrderByDescending(m => m.Id)
            .Take(PickerSize + 1)
            .ToListAsync(cancellationToken);
        var choices = chosen.Select((image, index) => new ImageChoice(image.Id, MediaUrls.Thumbnail(chosenAssets[image.Id]), image.Alt, index + 1))
            .Concat(others.Take(PickerSize).Select(asset => new ImageChoice(asset.Id, MediaUrls.Thumbnail(asset), asset.Alt, null)))
            .ToArray();
        return new ImagesPartEditor(choices, others.Count > PickerSize);
    }

    public async Task UpdateAsync(ContentItemKey item, IFormCollection form, ModelStateDictionary errors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(errors);
        var chosen = ReadChoices(form, errors);
        var upload = form.Files.GetFile(UploadField);
        if (upload is { Length: > 0 } && chosen is not null)
        {
            if (MediaUploads.CheckAlt(form[UploadAltField]) is { } altError)
            {
                errors.AddModelError(UploadAltField, altError);
                return;
            }

            await using var content = upload.OpenReadStream();
            var result = await uploads.UploadAsync(content, upload.FileName, form[UploadAltField].ToString(), cancellationToken);
            if (!result.Succeeded)
            {
                errors.AddModelError(UploadField, result.Error!);
                return;
            }

            chosen.Add(result.Image!.Id);
        }

        if (chosen is null)
        {
            return;
        }

        if (chosen.Count > MaxImages)
        {
            errors.AddModelError(SelectedField, $"Choose at most {MaxImages} images.");
            return;
        }

        try
        {
            await images.SetAsync(item, chosen, cancellationToken);
        }
        catch (ArgumentException)
        {
            errors.AddModelError(SelectedField, "One of the chosen images is no longer in your library. Choose the images again.");
        }
    }

    public async Task<object?> BuildDropAsync(ContentItemKey item, CancellationToken cancellationToken)
    {
        var list = await images.ListAsync(item, cancellationToken);
        return list.Count == 0 ? null : list;
    }

    public Task DeleteAsync(ContentItemKey item, CancellationToken cancellationToken) =>
        images.SetAsync(item, [], cancellationToken);

    // The chosen ids ordered by their position fields (ties keep the form's order); null when a
    // field is malformed, with the problem recorded.
    private static List<Guid>? ReadChoices(IFormCollection form, ModelStateDictionary errors)
    {
        var picked = new List<(Guid Id, int Position, int Index)>();
        foreach (var value in form[SelectedField])
        {
            if (!Guid.TryParse(value, out var id))
            {
                errors.AddModelError(SelectedField, "The chosen images could not be read. Choose them again.");
                return null;
            }

            if (picked.Exists(p => p.Id == id))
            {
                continue;
            }

            var position = int.MaxValue;
            if (form.TryGetValue(PositionField(id), out StringValues raw) && !StringValues.IsNullOrEmpty(raw)
                && !int.TryParse(raw, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out position))
            {
                errors.AddModelError(PositionField(id), "Enter the position as a whole number, like 1 for the first image.");
                return null;
            }

            picked.Add((id, position, picked.Count));
        }

        return picked.OrderBy(p => p.Position).ThenBy(p => p.Index).Select(p => p.Id).ToList();
    }
}
