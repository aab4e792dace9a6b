using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WalkingDrum.Content.Services.Media;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Identity;
using WalkingDrum.Core.Media;

namespace WalkingDrum.Content.Pages.Admin.Media;

/// <summary>The media library: upload images with alt text, describe them, delete them.</summary>
[Authorize(Roles = Roles.AdminRoles)]
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
public sealed class MediaLibraryModel(MediaLibrary library, IMediaUploads uploads, WalkingDrumDbContext db) : PageModel
{
    /// <summary>Files one upload may carry.</summary>
    public const int MaxFilesPerUpload = 10;

    // Room for the most files at the default size limit; each file is checked against the limit itself.
    private const long MaxRequestBytes = (MaxFilesPerUpload * 10L + 1) * 1024 * 1024;

    public MediaPage Library { get; private set; } = new([], 1, 1, 0);

    /// <summary>The image whose delete needs confirming because items still show it.</summary>
    public Guid? ConfirmDelete { get; private set; }

    public int ConfirmUsage { get; private set; }

    /// <summary>The alt text just posted, shown again beside its error.</summary>
    public string? PostedAlt { get; private set; }

    /// <summary>The image whose alt text was posted; <see langword="null"/> for the upload form.</summary>
    public Guid? PostedFor { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Library = await library.ListAsync(PageNumber, cancellationToken);

    public async Task<IActionResult> OnPostUploadAsync(List<IFormFile>? files, string? alt, CancellationToken cancellationToken)
    {
        PostedAlt = alt;
        var chosen = files?.Where(f => f.Length > 0 || !string.IsNullOrEmpty(f.FileName)).ToList() ?? [];
        if (chosen.Count == 0)
        {
            ModelState.AddModelError("files", "Choose at least one image file.");
        }
        else if (chosen.Count > MaxFilesPerUpload)
        {
            ModelState.AddModelError("files", $"Upload at most {MaxFilesPerUpload} files at once.");
        }

        if (MediaUploads.CheckAlt(alt) is { } altError)
        {
            ModelState.AddModelError("alt", altError);
        }

        if (ModelState.IsValid)
        {
            foreach (var file in chosen)
            {
                await using var content = file.OpenReadStream();
                var result = await uploads.UploadAsync(content, file.FileName, alt!, cancellationToken);
                if (!result.Succeeded)
                {
                    ModelState.AddModelError("files", chosen.Count == 1 ? result.Error! : $"{Path.GetFileName(file.FileName)}: {result.Error}");
                }
            }
        }

        if (!ModelState.IsValid)
        {
            // Nothing is saved, so the files of any accepted image are removed with the request.
            return await RedisplayAsync(StatusCodes.Status400BadRequest, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        Notice = chosen.Count == 1 ? "The image was added to your library." : $"{chosen.Count} images were added to your library.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostAltAsync(Guid id, string? alt, CancellationToken cancellationToken)
    {
        (PostedAlt, PostedFor) = (alt, id);
        if (MediaUploads.CheckAlt(alt) is { } error)
        {
            ModelState.AddModelError(AltKey(id), error);
            return await RedisplayAsync(StatusCodes.Status400BadRequest, cancellationToken);
        }

        if (!await library.UpdateAltAsync(id, alt!, cancellationToken))
        {
            return await GoneAsync(cancellationToken);
        }

        Notice = "The alt text was saved.";
        return RedirectToPage(new { p = PageNumber });
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, bool confirmed, CancellationToken cancellationToken)
    {
        var usage = await library.UsageAsync(id, cancellationToken);
        if (usage.Count > 0 && !confirmed)
        {
            ConfirmDelete = id;
            ConfirmUsage = usage.Count;
            return await RedisplayAsync(StatusCodes.Status409Conflict, cancellationToken);
        }

        if (!await library.DeleteAsync(id, cancellationToken))
        {
            return await GoneAsync(cancellationToken);
        }

        Notice = "The image was deleted.";
        return RedirectToPage(new { p = PageNumber });
    }

    /// <summary>ModelState key of one image's alt-text field.</summary>
    public static string AltKey(Guid id) => $"alt-{id:N}";

    private async Task<IActionResult> GoneAsync(CancellationToken cancellationToken)
    {
        ModelState.AddModelError("", "That image is no longer in your library.");
        return await RedisplayAsync(StatusCodes.Status404NotFound, cancellationToken);
    }

    private async Task<IActionResult> RedisplayAsync(int status, CancellationToken cancellationToken)
    {
        Library = await library.ListAsync(PageNumber, cancellationToken);
        Response.StatusCode = status;
        return Page();
    }
}
