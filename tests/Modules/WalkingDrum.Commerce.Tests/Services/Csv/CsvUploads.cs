using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Commerce.Tests.Services.Csv;

/// <summary>Uploads CSV files through the import page as a browser does, and waits for imports.</summary>
internal static partial class CsvUploads
{
    public const string Header = "handle,title,description,status,tags,collections,option1 name,option1 value,option2 name,option2 value,option3 name,option3 value,sku,price,compare at price,stock,track inventory";

    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] file, string fileName = "products.csv")
    {
        var token = await Forms.TokenAsync(client, "admin/products/import");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), Forms.TokenField },
        };
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(part, "Upload", fileName);
        return await client.PostAsync("admin/products/import", content);
    }

    /// <summary>Uploads, follows to the status page and waits (up to five minutes) until the import is done.</summary>
    public static async Task<CatalogImport> ImportAsync(TestShop shop, HttpClient owner, byte[] file)
    {
        var response = await UploadAsync(owner, file);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Upload answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        var importId = Guid.Parse(ImportIdPattern().Match(response.Headers.Location!.OriginalString).Groups[1].Value);
        return await WaitAsync(shop, importId);
    }

    public static async Task<CatalogImport> WaitAsync(TestShop shop, Guid importId)
    {
        for (var attempt = 0; attempt < 3000; attempt++)
        {
            var import = await shop.App.InShopAsync(shop.Tenant, db => db.Set<CatalogImport>().AsNoTracking().FirstAsync(i => i.Id == importId));
            if (import.Status is CatalogImportStatus.Completed or CatalogImportStatus.Failed)
            {
                return import;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"Import {importId} did not finish.");
    }

    public static byte[] Utf8(params string[] lines) => System.Text.Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n");

    [GeneratedRegex("/admin/products/import/([0-9a-f-]{36})")]
    private static partial Regex ImportIdPattern();
}
