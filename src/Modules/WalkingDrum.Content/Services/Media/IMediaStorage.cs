namespace WalkingDrum.Content.Services.Media;

/// <summary>An opened media file.</summary>
/// <param name="Content">The file's bytes; the caller disposes it.</param>
/// <param name="Length">Size in bytes.</param>
/// <param name="LastModified">When the file was written.</param>
public sealed record MediaFile(Stream Content, long Length, DateTimeOffset LastModified);

/// <summary>
/// Where media files live, per tenant, under relative keys such as <c>{id:N}/w640.webp</c>. The file
/// system is the default; an object store can take its place behind this interface.
/// </summary>
public interface IMediaStorage
{
    /// <summary>Stores <paramref name="content"/> under <paramref name="key"/>; readers never see a half-written file.</summary>
    Task WriteAsync(Guid tenantId, string key, Stream content, CancellationToken cancellationToken);

    /// <summary>Opens the file for reading, or <see langword="null"/> when there is none.</summary>
    Task<MediaFile?> OpenAsync(Guid tenantId, string key, CancellationToken cancellationToken);

    /// <summary>Removes the file; a missing file is not an error.</summary>
    Task DeleteAsync(Guid tenantId, string key, CancellationToken cancellationToken);
}
