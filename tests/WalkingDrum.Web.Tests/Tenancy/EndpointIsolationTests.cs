using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Http;
using WalkingDrum.Core.Identity;
using WalkingDrum.Core.Money;
using WalkingDrum.Core.Tenancy;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Web.Tests.Tenancy;

/// <summary>
/// Calls every endpoint the app maps — read from the endpoint data source, so a new endpoint is
/// covered the day it is added — as shop A's owner and anonymously, against shop B's addresses
/// and ids, and proves nothing of B leaks out and nothing of B changes.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class EndpointIsolationTests(WalkingDrumApp app)
{
    [Fact]
    public async Task No_endpoint_reads_or_writes_across_shops()
    {
        var a = await app.CreateShopAsync();
        var b = await app.CreateShopAsync();
        var bCatalog = await SeedCatalogAsync(b);
        var aOwner = await a.OwnerClientAsync();
        var aCookie = await CookieHeaderAsync(aOwner);
        var aToken = await Forms.TokenAsync(aOwner, "admin");
        var bSecrets = await SecretsOfAsync(b);
        var before = await SnapshotAsync(b);
        var calls = Calls(b, bCatalog).ToList();
        Assert.True(calls.Count >= 20, $"Only {calls.Count} calls were planned; the endpoint enumeration is broken.");

        var failures = new List<string>();
        foreach (var call in calls)
        {
            foreach (var cookie in new[] { aCookie, null })
            {
                using var request = new HttpRequestMessage(new HttpMethod(call.Method), call.Url);
                if (cookie is not null)
                {
                    request.Headers.Add("Cookie", cookie);
                }

                if (call.Method != HttpMethods.Get)
                {
                    request.Content = call.IsApi
                        ? new StringContent($$"""{"storeName":"x","subdomain":"{{b.Name}}","email":"{{b.OwnerEmail}}","password":"Passw0rd!x"}""", Encoding.UTF8, "application/json")
                        : new FormUrlEncodedContent([new(Forms.TokenField, aToken), new("confirm", b.Name), new("plan", "lite")]);
                }

                var response = await app.CreateClient(new() { AllowAutoRedirect = false }).SendAsync(request);
                var body = await response.Content.ReadAsStringAsync();
                var who = cookie is null ? "anonymous" : "A's owner";
                if (call.RequiresAuthorization && response.IsSuccessStatusCode)
                {
                    failures.Add($"{call.Method} {call.Url} as {who}: {(int)response.StatusCode} for a protected endpoint");
                }

                foreach (var secret in bSecrets.Where(s => body.Contains(s, StringComparison.OrdinalIgnoreCase)))
                {
                    failures.Add($"{call.Method} {call.Url} as {who}: the response shows B's '{secret}'");
                }
            }
        }

        Assert.Empty(failures);
        Assert.Equal(before, await SnapshotAsync(b));
    }

    private sealed record Call(string Method, string Url, bool RequiresAuthorization, bool IsApi);

    private IEnumerable<Call> Calls(TestShop b, CatalogOfB catalog)
    {
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        var values = RouteValuesOf(b, catalog);
        foreach (var endpoint in endpoints)
        {
            var path = Fill(endpoint.RoutePattern, values);
            var scope = endpoint.Metadata.GetMetadata<ScopeAttribute>()?.Scope ?? EndpointScope.Tenant;
            var requiresAuthorization = endpoint.Metadata.GetMetadata<IAuthorizeData>() is not null
                                        && endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null;
            var bases = scope switch
            {
                EndpointScope.Host => ["http://localhost"],
                EndpointScope.Tenant => [$"http://localhost/s/{b.Name}", $"http://{b.Name}.localhost"],
                _ => new[] { "http://localhost", $"http://localhost/s/{b.Name}" },
            };
            foreach (var (method, query) in Methods(endpoint))
            {
                foreach (var root in bases)
                {
                    yield return new Call(method, root + path + query, requiresAuthorization, endpoint.Metadata.GetMetadata<IAcceptsMetadata>() is not null);
                }
            }
        }
    }

    private static IEnumerable<(string Method, string Query)> Methods(RouteEndpoint endpoint)
    {
        if (endpoint.Metadata.GetMetadata<CompiledPageActionDescriptor>() is { } page)
        {
            return page.HandlerMethods
                .Select(h => (h.HttpMethod.ToUpperInvariant(), h.Name is null ? "" : $"?handler={h.Name}"))
                .DefaultIfEmpty((HttpMethods.Get, ""));
        }

        return endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Select(m => (m, "")) ?? [(HttpMethods.Get, "")];
    }

    // Every route parameter must name one of B's ids; a new parameter fails here until it is added
    // to RouteValuesOf. A parameter is looked up as "{segment before it}/{name}" first (products/slug),
    // then by its name alone.
    private static string Fill(RoutePattern pattern, IReadOnlyDictionary<string, string> values)
    {
        var segments = new List<string>();
        foreach (var segment in pattern.PathSegments)
        {
            segments.Add(string.Concat(segment.Parts.Select(part => part switch
            {
                RoutePatternLiteralPart literal => literal.Content,
                RoutePatternParameterPart parameter =>
                    values.GetValueOrDefault((segments.LastOrDefault() ?? "") + "/" + parameter.Name)
                    ?? values.GetValueOrDefault(parameter.Name)
                    ?? throw new InvalidOperationException($"Route {pattern.RawText}: give parameter '{parameter.Name}' one of B's ids in {nameof(EndpointIsolationTests)}."),
                _ => "",
            })));
        }

        return "/" + string.Join("/", segments);
    }

    // Values for route parameters, all naming B's own things.
    private static Dictionary<string, string> RouteValuesOf(TestShop b, CatalogOfB catalog) => new(StringComparer.Ordinal)
    {
        ["name"] = b.Name,
        ["documentName"] = "v1",
        ["productId"] = catalog.ProductId.ToString(),
        ["products/slug"] = catalog.ProductSlug,
        ["collectionId"] = catalog.CollectionId.ToString(),
        ["collections/slug"] = catalog.CollectionSlug,
    };

    // B's draft product and hidden collection: nobody but B's staff may see their titles.
    private sealed record CatalogOfB(Guid ProductId, string ProductSlug, Guid CollectionId, string CollectionSlug)
    {
        public const string ProductTitle = "B-draft-product-title";
        public const string CollectionTitle = "B-hidden-collection-title";
    }

    private Task<CatalogOfB> SeedCatalogAsync(TestShop b) =>
        InShop(b, async db =>
        {
            var product = new Product { Title = CatalogOfB.ProductTitle, Slug = "b-draft", Status = ProductStatus.Draft };
            var variant = new ProductVariant { ProductId = product.Id, Sku = "B-SECRET-SKU", Price = new Amount(990, "EUR") };
            var collection = new Collection { Title = CatalogOfB.CollectionTitle, Slug = "b-hidden" };
            db.AddRange(product, variant, collection, new CollectionProduct { CollectionId = collection.Id, ProductId = product.Id });
            await db.SaveChangesAsync();
            return new CatalogOfB(product.Id, product.Slug, collection.Id, collection.Slug);
        });

    private static async Task<string> CookieHeaderAsync(HttpClient signedIn)
    {
        var response = await signedIn.GetAsync("admin");
        return string.Join("; ", response.RequestMessage!.Headers.GetValues("Cookie"));
    }

    private async Task<string[]> SecretsOfAsync(TestShop b) =>
        await InShop(b, async db =>
        {
            var ids = await db.Set<ShopUser>().Select(u => u.Id.ToString()).ToListAsync();
            return ids.Append(b.OwnerEmail).Append(b.Tenant.Id.ToString())
                .Append(CatalogOfB.ProductTitle).Append(CatalogOfB.CollectionTitle).Append("B-SECRET-SKU").ToArray();
        });

    private async Task<string> SnapshotAsync(TestShop b)
    {
        var rows = await InShop(b, db => db.Set<ShopUser>().OrderBy(u => u.Email)
            .Select(u => $"{u.Email}|{u.PasswordHash}|{u.SecurityStamp}|{u.AccessFailedCount}|{u.LockoutEnd}")
            .ToListAsync());
        var catalog = await InShop(b, async db =>
            (await db.Set<Product>().OrderBy(p => p.Slug).Select(p => $"{p.Slug}|{p.Title}|{p.Status}|{p.DescriptionHtml}").ToListAsync())
            .Concat(await db.Set<ProductVariant>().OrderBy(v => v.Sku).Select(v => $"{v.Sku}|{v.PriceMinor}|{v.Stock}").ToListAsync())
            .Concat(await db.Set<Collection>().OrderBy(c => c.Slug).Select(c => $"{c.Slug}|{c.Title}|{c.IsPublished}").ToListAsync())
            .Concat(await db.Set<CollectionProduct>().Select(m => $"{m.CollectionId}|{m.ProductId}|{m.Position}").ToListAsync()));
        rows.AddRange(catalog);
        var tenant = await app.Services.GetRequiredService<ITenantLookup>().FindByNameAsync(b.Name);
        var counts = await app.Database.CountsAsync("tenants", "users", "user_roles", "user_claims", "user_tokens");
        return string.Join("\n", rows.Append(tenant?.ToString() ?? "gone").Append(counts));
    }

    private Task<T> InShop<T>(TestShop shop, Func<WalkingDrumDbContext, Task<T>> work) => app.InShopAsync(shop.Tenant, work);
}
