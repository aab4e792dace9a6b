using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WalkingDrum.Billing.Models;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Content.Models;
using ShopPage = WalkingDrum.Content.Models.Page;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Http;
using WalkingDrum.Core.Identity;
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
public sealed partial class EndpointIsolationTests(WalkingDrumApp app)
{
    [Fact]
    public async Task No_endpoint_reads_or_writes_across_shops()
    {
        var a = await app.CreateShopAsync();
        var b = await app.CreateShopAsync();
        await SeedPagesAsync(b);
        await SeedMediaAsync(b);
        await SeedThemeAsync(b);
        _bCatalog = await SeedCatalogAsync(b);
        await SeedImportAsync(b);
        await SeedCouponAndPaymentsAsync(b);
        await SeedOrderAsync(b);
        _bShipping = await SeedShippingAsync(b);
        await SeedOutboxAsync(b);
        await SeedInvoiceAsync(b);
        var aOwner = await a.OwnerClientAsync();
        var aCookie = await CookieHeaderAsync(aOwner);
        var aToken = await Forms.TokenAsync(aOwner, "admin");
        var bSecrets = await SecretsOfAsync(b);
        var before = await SnapshotAsync(b);
        var calls = Calls(b).ToList();
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

    private IEnumerable<Call> Calls(TestShop b)
    {
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        var values = RouteValuesOf(b);
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

    private static async Task<string> CookieHeaderAsync(HttpClient signedIn)
    {
        var response = await signedIn.GetAsync("admin");
        return string.Join("; ", response.RequestMessage!.Headers.GetValues("Cookie"));
    }

    private async Task<string[]> SecretsOfAsync(TestShop b) =>
        await InShop(b, async db =>
        {
            var ids = await db.Set<ShopUser>().Select(u => u.Id.ToString()).ToListAsync();
            var alts = await db.Set<MediaAsset>().Select(m => m.Alt).ToListAsync();
            return ids.Concat(alts).Append(b.OwnerEmail).Append(b.Tenant.Id.ToString()).Append(BDraftSecret).Append(ThemeMarker)
                .Append(CatalogOfB.ProductTitle).Append(CatalogOfB.CollectionTitle).Append("B-SECRET-SKU").Append(BImportFile)
                .Append(BCouponCode).Append(ShippingOfB.RateName).Append(ShippingOfB.TaxName).Append(BPublishableKey).Append(BKeyHint)
                .Append(System.Net.WebUtility.HtmlEncode(BKeyHint))
                .Append(BOrderEmail).Append(BOrderNote).Append("B-secret-order-line").Append("re_b_isolation")
                .Append(BEmailSubject).Append(BEmailRecipient).Append(_bEmailId.ToString())
                .Append(BInvoiceEmail).Append("B-secret-invoice-line").Append("pi_b_isolation").ToArray();
        });

    private async Task<string> SnapshotAsync(TestShop b)
    {
        var rows = await InShop(b, db => db.Set<ShopUser>().OrderBy(u => u.Email)
            .Select(u => $"{u.Email}|{u.PasswordHash}|{u.SecurityStamp}|{u.AccessFailedCount}|{u.LockoutEnd}")
            .ToListAsync());
        var pages = await InShop(b, db => db.Set<ShopPage>().OrderBy(p => p.Slug)
            .Select(p => $"{p.Slug}|{p.Title}|{p.BlocksJson}|{p.PublishedVersion}|{p.LatestVersion}|{p.IsHomePage}").ToListAsync());
        rows.AddRange(pages);
        rows.AddRange(await InShop(b, db => db.Set<Menu>().Select(m => m.Handle + "|" + m.ItemsJson).ToListAsync()));
        rows.AddRange(await InShop(b, db => db.Set<MediaAsset>().OrderBy(m => m.Id).Select(m => $"{m.Id}|{m.Alt}|{m.VariantWidths}").ToListAsync()));
        rows.AddRange(await InShop(b, async db =>
            (await db.Set<TemplateOverride>().AsNoTracking().ToListAsync())
                .Select(t => $"{t.TemplateName}|{t.Source}|{t.IsEnabled}|{t.UpdatedBy}|{t.UpdatedAt:O}")
                .Concat((await db.Set<ThemeSettings>().AsNoTracking().ToListAsync()).Select(t => $"{t.HeroHeading}|{t.PrimaryColor}|{t.LogoMediaId}|{t.UpdatedAt:O}"))
                .ToList()));
        var catalog = await InShop(b, async db =>
            (await db.Set<Product>().OrderBy(p => p.Slug).Select(p => $"{p.Slug}|{p.Title}|{p.Status}|{p.DescriptionHtml}").ToListAsync())
            .Concat(await db.Set<ProductVariant>().OrderBy(v => v.Sku).Select(v => $"{v.Sku}|{v.PriceMinor}|{v.Stock}").ToListAsync())
            .Concat(await db.Set<Collection>().OrderBy(c => c.Slug).Select(c => $"{c.Slug}|{c.Title}|{c.IsPublished}").ToListAsync())
            .Concat(await db.Set<CollectionProduct>().Select(m => $"{m.CollectionId}|{m.ProductId}|{m.Position}").ToListAsync()));
        rows.AddRange(catalog);
        rows.AddRange(await InShop(b, async db =>
            (await db.Set<Coupon>().OrderBy(c => c.Code).Select(c => $"{c.Code}|{c.PercentOff}|{c.TimesRedeemed}|{c.Active}").ToListAsync())
            .Concat(await db.Set<ShippingRate>().OrderBy(r => r.Id).Select(r => $"{r.Id}|{r.Name}|{r.PriceMinor}|{r.FreeOverMinor}|{r.Countries}|{r.Position}").ToListAsync())
            .Concat(await db.Set<TaxRate>().OrderBy(t => t.Id).Select(t => $"{t.Id}|{t.CountryCode}|{t.Name}|{t.BasisPoints}|{t.AppliesToShipping}").ToListAsync())
            .Concat((await db.Set<PaymentSettings>().AsNoTracking().ToListAsync()).Select(p => $"{p.SecretKeyProtected}|{p.PublishableKey}|{p.WebhookSecretProtected}|{p.SandboxWebhookUrl}|{p.UpdatedAt:O}"))
            .ToList()));
        rows.AddRange(await InShop(b, async db =>
            (await db.Set<Order>().AsNoTracking().ToListAsync())
                .Select(o => $"{o.Number}|{o.Email}|{o.PaymentStatus}|{o.FulfillmentStatus}|{o.FulfilledAt:O}|{o.RefundedMinor}|{o.Version}|{o.UpdatedAt:O}")
                .Concat(await db.Set<OrderNote>().OrderBy(n => n.Id).Select(n => n.Text + "|" + n.Author).ToListAsync())
                .Concat(await db.Set<OrderRefund>().OrderBy(r => r.Id).Select(r => $"{r.ProcessorRefundId}|{r.AmountMinor}").ToListAsync())
                .ToList()));
        rows.AddRange(await OutboxOfAsync(b));
        rows.AddRange(await InvoicesOfAsync(b));
        var tenant = await app.Services.GetRequiredService<ITenantLookup>().FindByNameAsync(b.Name);
        var counts = await app.Database.CountsAsync("tenants", "users", "user_roles", "user_claims", "user_tokens", "pages", "page_versions", "storefront_redirects", "seo_metadata", "media_assets", "content_images", "carts", "cart_lines", "stripe_inbox", "orders", "order_lines", "order_notes", "order_refunds", "shipping_rates", "tax_rates", "invoices", "invoice_lines", "credit_notes");
        return string.Join("\n", rows.Append(tenant?.ToString() ?? "gone").Append(counts));
    }

    private Task<T> InShop<T>(TestShop shop, Func<WalkingDrumDbContext, Task<T>> work) => app.InShopAsync(shop.Tenant, work);
}
