using Microsoft.Extensions.Options;
using WalkingDrum.Core.Http;

namespace WalkingDrum.Commerce.Services.Csv;

/// <summary>
/// Uploaded import files under <c>{AppData}/imports/{shop}/{import}.csv</c>. A file exists only
/// while its import is unfinished, so the folder is also the list of imports to resume after a
/// restart.
/// </summary>
public sealed class CatalogImportFiles(IOptions<AppDataOptions> appData)
{
    private string Root => Path.Combine(appData.Value.Path, "imports");

    /// <summary>Where the file of <paramref name="importId"/> of shop <paramref name="shopName"/> lives.</summary>
    public string PathOf(string shopName, Guid importId) => Path.Combine(Root, shopName, importId.ToString("N") + ".csv");

    /// <summary>Copies an upload into place, writing aside first so a half-written file is never picked up.</summary>
    public async Task SaveAsync(string shopName, Guid importId, Stream content, CancellationToken cancellationToken)
    {
        var path = PathOf(shopName, importId);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var partial = path + ".part";
        await using (var file = File.Create(partial))
        {
            await content.CopyToAsync(file, cancellationToken);
        }

        File.Move(partial, path, overwrite: true);
    }

    public void Delete(string shopName, Guid importId) => File.Delete(PathOf(shopName, importId));

    /// <summary>Every unfinished import on this node, as (shop name, import id).</summary>
    public IEnumerable<(string ShopName, Guid ImportId)> ListPending()
    {
        if (!Directory.Exists(Root))
        {
            yield break;
        }

        foreach (var file in Directory.EnumerateFiles(Root, "*.csv", SearchOption.AllDirectories))
        {
            if (Guid.TryParseExact(Path.GetFileNameWithoutExtension(file), "N", out var id))
            {
                yield return (Path.GetFileName(Path.GetDirectoryName(file)!), id);
            }
        }
    }
}
