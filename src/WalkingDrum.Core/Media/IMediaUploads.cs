namespace WalkingDrum.Core.Media;

/// <summary>The outcome of adding a file to the media library.</summary>
/// <param name="Image">The new image, when the file was accepted.</param>
/// <param name="Error">Why the file was refused, fit to show the merchant.</param>
public sealed record MediaUploadResult(MediaImage? Image, string? Error)
{
    /// <summary>Whether the file was accepted.</summary>
    public bool Succeeded => Image is not null;
}

/// <summary>
/// Adds images to the current tenant's media library, for the admin's upload form, recipes and
/// imports alike. The file's type is judged by its content, never by its name.
/// </summary>
public interface IMediaUploads
{
    /// <summary>
    /// Checks and stores <paramref name="content"/> with its responsive variants and stages the
    /// library row on the scoped DbContext; the caller saves. Refusals come back as
    /// <see cref="MediaUploadResult.Error"/>, never as exceptions.
    /// </summary>
    Task<MediaUploadResult> UploadAsync(Stream content, string fileName, string alt, CancellationToken cancellationToken);
}
