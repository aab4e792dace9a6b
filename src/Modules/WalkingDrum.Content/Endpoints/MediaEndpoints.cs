using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using WalkingDrum.Content.Models;
using WalkingDrum.Content.Services;
using WalkingDrum.Content.Services.Media;
using WalkingDrum.Core.Data;

namespace WalkingDrum.Content.Endpoints;

/// <summary><c>GET /media/{mediaId}/{file}</c>: the current shop's image files, cached for a year.</summary>
public static class MediaEndpoints
{
    /// <summary>A file's name never changes meaning for its id, so caches may keep it for good.</summary>
    public const string CacheControl = "public, max-age=31536000, immutable";

    /// <summary>Served with SVG so that even a script the upload check missed cannot run or load anything.</summary>
    public const string SvgContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'";

    public static IEndpointRouteBuilder MapMediaEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var media = endpoints.MapGroup("/media").WithTags("Media");
        media.MapGet("/{mediaId}/{file}", ServeAsync)
            .WithName("MediaFile")
            .WithSummary("A responsive WebP variant (w640.webp) or an SVG original of one of the shop's images.")
            .AllowAnonymous();
        return endpoints;
    }

    private static async Task<Results<FileStreamHttpResult, NotFound>> ServeAsync(
        string mediaId, string file, WalkingDrumDbContext db, IMediaStorage storage, HttpResponse response, CancellationToken cancellationToken)
    {
        if (!Guid.TryParseExact(mediaId, "N", out var id) || db.CurrentTenantId == Guid.Empty)
        {
            return TypedResults.NotFound();
        }

        // The query filter keeps this to the current shop: another shop's id is simply unknown.
        var asset = await db.Set<MediaAsset>().AsNoTracking()
            .Where(m => m.Id == id)
            .Select(m => new { m.ContentType, m.VariantWidths })
            .FirstOrDefaultAsync(cancellationToken);
        var contentType = asset is null ? null : ContentTypeOf(file, asset.ContentType, asset.VariantWidths);
        if (contentType is null)
        {
            return TypedResults.NotFound();
        }

        var stored = await storage.OpenAsync(db.CurrentTenantId, MediaUploads.MediaKey(id, file), cancellationToken);
        if (stored is null)
        {
            return TypedResults.NotFound();
        }

        response.Headers.CacheControl = CacheControl;
        response.Headers.XContentTypeOptions = "nosniff";
        if (contentType == MediaFormat.Svg.ContentType)
        {
            response.Headers.ContentSecurityPolicy = SvgContentSecurityPolicy;
        }

        return TypedResults.Stream(stored.Content, contentType, lastModified: stored.LastModified,
            entityTag: new EntityTagHeaderValue($"\"{id:N}-{file}\""));
    }

    // Only the files the row lists: its variants, and the original of an SVG. Raster originals
    // stay private because they may carry camera metadata (GPS positions) the variants strip.
    private static string? ContentTypeOf(string file, string assetType, string variantWidths)
    {
        if (assetType == MediaFormat.Svg.ContentType)
        {
            return file == "original" + MediaUrls.Extension(assetType) ? assetType : null;
        }

        var widths = variantWidths.Split(',', StringSplitOptions.RemoveEmptyEntries);
        return file.StartsWith('w') && file.EndsWith(".webp", StringComparison.Ordinal)
               && widths.Contains(file[1..^".webp".Length], StringComparer.Ordinal)
               && int.TryParse(file[1..^".webp".Length], NumberStyles.None, CultureInfo.InvariantCulture, out _)
            ? "image/webp"
            : null;
    }
}
