using System.Net;
using Microsoft.EntityFrameworkCore;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Commerce.Services;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Commerce.Tests.Pages;

[Collection(CatalogCollection.Name)]
public sealed class CollectionAdminTests(WalkingDrumApp app)
{
    [Fact]
    public async Task The_owner_creates_a_collection_adds_products_by_search_and_orders_them()
    {
        var shop = await app.CreateShopAsync();
        var first = await app.SaveProductAsync(shop, Catalog.Simple("Alpha Roast", sku: "ALP"));
        var second = await app.SaveProductAsync(shop, Catalog.Simple("Beta Roast", sku: "BET"));
        var owner = await shop.OwnerClientAsync();
        Assert.Contains("Group your products", await owner.GetStringAsync("admin/collections"), StringComparison.Ordinal);

        var created = await Forms.PostAsync(owner, "admin/collections/new",
            [new("Input.Title", "Morning"), new("Input.Slug", ""), new("Input.Description", "<p>Early</p>"), new("Input.Published", "true"), new("Input.Published", "false")]);
        var edit = created.Headers.Location!.ToString();
        var search = await owner.GetStringAsync(edit + "?q=roast");
        var added = await Forms.PostAsync(owner, edit, Fields("Morning", "morning", [], [first.Id, second.Id]));
        var reordered = await Forms.PostAsync(owner, edit, Fields("Morning", "morning", [(first.Id, "2", false), (second.Id, "1", false)], []));

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Contains("Alpha Roast", search, StringComparison.Ordinal);
        Assert.Contains("name=\"Input.Add\"", search, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, reordered.StatusCode);
        var storefront = await shop.Client().GetStringAsync("collections/morning");
        Assert.True(storefront.IndexOf("Beta Roast", StringComparison.Ordinal) < storefront.IndexOf("Alpha Roast", StringComparison.Ordinal));
        Assert.Contains("<p>Early</p>", storefront, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_input_shows_inline_errors_and_changes_nothing()
    {
        var shop = await app.CreateShopAsync();
        var collection = await app.SaveCollectionAsync(shop, new CollectionInput("Taken", null, null, true));
        var other = await app.SaveCollectionAsync(shop, new CollectionInput("Other", null, null, true));
        var product = await app.SaveProductAsync(shop, Catalog.Simple("Member") with { Collections = ["other"] });
        var owner = await shop.OwnerClientAsync();
        var page = $"admin/collections/{other.Id}";

        var blank = await Forms.PostAsync(owner, "admin/collections/new", [new("Input.Title", " "), new("Input.Slug", "Not Valid")]);
        var taken = await Forms.PostAsync(owner, page, Fields("Other", collection.Slug, [(product.Id, "1", false)], []));
        var position = await Forms.PostAsync(owner, page, Fields("Other", "other", [(product.Id, "first", false)], []));
        var ghost = await Forms.PostAsync(owner, page, Fields("Other", "other", [], [Guid.NewGuid()]));

        Assert.Equal(HttpStatusCode.BadRequest, blank.StatusCode);
        var blankHtml = await blank.Content.ReadAsStringAsync();
        Assert.Contains("Enter a title.", blankHtml, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", blankHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, taken.StatusCode);
        Assert.Contains("Another collection already uses the slug", await taken.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, position.StatusCode);
        Assert.Contains("Enter a whole number, 1 for the first place.", await position.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, ghost.StatusCode);
        Assert.Equal(2, await app.InShopAsync(shop.Tenant, db => db.Set<Collection>().CountAsync()));
        Assert.Equal([product.Id], await app.InShopAsync(shop.Tenant, db => db.Set<CollectionProduct>().Select(m => m.ProductId).ToListAsync()));
    }

    [Fact]
    public async Task Removing_members_and_deleting_keep_the_products_and_another_shop_is_out_of_reach()
    {
        var shop = await app.CreateShopAsync();
        var intruder = await app.CreateShopAsync();
        var collection = await app.SaveCollectionAsync(shop, new CollectionInput("Seasonal", null, null, true));
        var product = await app.SaveProductAsync(shop, Catalog.Simple("Winter") with { Collections = ["seasonal"] });
        var owner = await shop.OwnerClientAsync();
        var stranger = await intruder.OwnerClientAsync();
        var page = $"admin/collections/{collection.Id}";
        var token = await Forms.TokenAsync(stranger, "admin/collections/new");

        var foreignRead = await stranger.GetAsync(page);
        var foreignDelete = await stranger.PostAsync(page + "?handler=Delete", new FormUrlEncodedContent([new("confirm", "yes"), new(Forms.TokenField, token)]));
        var removed = await Forms.PostAsync(owner, page, Fields("Seasonal", "seasonal", [(product.Id, "1", true)], []));
        var deleted = await Forms.PostAsync(owner, page, [new("confirm", "yes")], page + "?handler=Delete");

        Assert.Equal(HttpStatusCode.NotFound, foreignRead.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreignDelete.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal((0, 1), await app.InShopAsync(shop.Tenant, async db => (await db.Set<Collection>().CountAsync(), await db.Set<Product>().CountAsync())));
    }

    private static List<KeyValuePair<string, string>> Fields(string title, string slug, (Guid Id, string Position, bool Remove)[] members, Guid[] add)
    {
        var fields = new List<KeyValuePair<string, string>> { new("Input.Title", title), new("Input.Slug", slug), new("Input.Description", "<p>Early</p>"), new("Input.Published", "true"), new("Input.Published", "false") };
        for (var i = 0; i < members.Length; i++)
        {
            fields.Add(new($"Input.Members[{i}].ProductId", members[i].Id.ToString()));
            fields.Add(new($"Input.Members[{i}].Position", members[i].Position));
            if (members[i].Remove)
            {
                fields.Add(new($"Input.Members[{i}].Remove", "true"));
            }
        }

        fields.AddRange(add.Select(id => new KeyValuePair<string, string>("Input.Add", id.ToString())));
        return fields;
    }
}
