using WalkingDrum.Testing;

namespace WalkingDrum.Content.Tests.Media;

/// <summary>The media files a shop has on disk.</summary>
public static class MediaFiles
{
    public static string[] Of(WalkingDrumApp app, TestShop shop)
    {
        var folder = Path.Combine(app.Database.AppData, "media", shop.Tenant.Id.ToString("N"));
        return Directory.Exists(folder)
            ? [.. Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f)).Order(StringComparer.Ordinal)]
            : [];
    }

    /// <summary>
    /// The files once the last request's scope has ended: unsaved uploads are removed when the
    /// scope is disposed, which can be a moment after the response arrived.
    /// </summary>
    public static async Task<string[]> SettledAsync(WalkingDrumApp app, TestShop shop, int expected = 0)
    {
        var files = Of(app, shop);
        for (var attempt = 0; attempt < 50 && files.Length != expected; attempt++)
        {
            await Task.Delay(50);
            files = Of(app, shop);
        }

        return files;
    }
}
