using Microsoft.Extensions.DependencyInjection;
using WalkingDrum.Billing.Services.Settings;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Content.Models;
using ShopPage = WalkingDrum.Content.Models.Page;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Media;
using WalkingDrum.Core.Money;
using WalkingDrum.Core.Tenancy;
using WalkingDrum.Testing;

namespace WalkingDrum.Web.Tests.Tenancy;

/// <summary>Shop B's data that the sweep aims every endpoint at, and the route values naming it.</summary>
public sealed partial class EndpointIsolationTests
{
    // Values for route parameters, all naming B's own things.
    private Dictionary<string, string> RouteValuesOf(TestShop b) => new(StringComparer.Ordinal)
    {
        ["name"] = b.Name,
        ["documentName"] = "v1",
        ["pageId"] = _bPageId.ToString(),
        ["pages/slug"] = BPageSlug,
        ["path"] = BMovedPath[1..],
        ["mediaId"] = _bMediaId.ToString("N"),
        ["file"] = "w320.webp",
        ["templates/templateName"] = "index",
        ["productId"] = _bCatalog.ProductId.ToString(),
        ["products/slug"] = _bCatalog.ProductSlug,
        ["collectionId"] = _bCatalog.CollectionId.ToString(),
        ["collections/slug"] = _bCatalog.CollectionSlug,
        ["importId"] = _bImportId.ToString(),
        ["couponId"] = _bCouponId.ToString(),
        ["orderId"] = _bOrderId.ToString(),
        ["rateId"] = _bShipping.RateId.ToString(),
        ["taxId"] = _bShipping.TaxId.ToString(),
        ["invoiceId"] = _bInvoiceId.ToString(),
    };

    private CatalogOfB _bCatalog = null!;

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

    // B's theme: settings, and an override whose marker sits in a comment, so it is never rendered.
    private const string ThemeMarker = "b-template-override-marker";

    private Task SeedThemeAsync(TestShop b) =>
        InShop(b, db =>
        {
            db.Add(new ThemeSettings { TenantId = b.Tenant.Id, HeroHeading = "B's hero", PrimaryColor = "#123456" });
            db.Add(new TemplateOverride { TemplateName = "index", Source = "{% comment %}" + ThemeMarker + "{% endcomment %}<h1>B</h1>" });
            return db.SaveChangesAsync();
        });

    // B's page: published, with a draft only B's staff may see, an old address and a menu.
    private const string BPageSlug = "b-page";
    private const string BMovedPath = "/b-moved";
    private const string BDraftSecret = "b-draft-only-7f3c";
    private Guid _bPageId;

    private async Task SeedPagesAsync(TestShop b) =>
        _bPageId = await InShop(b, async db =>
        {
            var page = new ShopPage { Title = "B page", Slug = BPageSlug, BlocksJson = $$"""[{"type":"richText","html":"<p>{{BDraftSecret}}</p>"}]""", LatestVersion = 2, PublishedVersion = 1, HasUnpublishedChanges = true };
            db.Add(page);
            db.Add(new PageVersion { PageId = page.Id, Number = 1, Title = "B page", Slug = BPageSlug, BlocksJson = """[{"type":"richText","html":"<p>Live</p>"}]""", WasPublished = true });
            db.Add(new PageVersion { PageId = page.Id, Number = 2, Title = "B page", Slug = BPageSlug, BlocksJson = page.BlocksJson });
            db.Add(new StorefrontRedirect { FromPath = BMovedPath, ToPath = "/pages/" + BPageSlug });
            db.Add(new Menu { Handle = Menu.Header, ItemsJson = """[{"label":"B link","url":"/pages/b-page"}]""" });
            await db.SaveChangesAsync();
            return page.Id;
        });

    private Guid _bMediaId;

    // B's image, uploaded through the media library.
    private async Task SeedMediaAsync(TestShop b) =>
        _bMediaId = await app.Services.GetRequiredService<ITenantScopeRunner>().RunAsync(b.Tenant, async services =>
        {
            using var image = NetVips.Image.Black(400, 300, bands: 3);
            var upload = await services.GetRequiredService<IMediaUploads>()
                .UploadAsync(new MemoryStream(image.PngsaveBuffer()), "b.png", "B's media " + b.Tenant.Id.ToString("N")[..8], CancellationToken.None);
            await services.GetRequiredService<WalkingDrumDbContext>().SaveChangesAsync();
            return upload.Image!.Id;
        });

    private Guid _bImportId;

    // B's finished CSV import, whose file name only B's staff may see.
    private async Task SeedImportAsync(TestShop b) =>
        _bImportId = await InShop(b, async db =>
        {
            var import = new CatalogImport { FileName = BImportFile, Status = CatalogImportStatus.Completed, TotalRows = 1, ProcessedRows = 1 };
            db.Add(import);
            await db.SaveChangesAsync();
            return import.Id;
        });

    private const string BImportFile = "b-secret-import.csv";

    // B's coupon, and B's Stripe keys: only B's staff may see the code, only B's owner the keys.
    private const string BCouponCode = "B-SECRET-COUPON";
    private const string BPublishableKey = "pk_test_BSecretPublishable0000000000";
    private const string BKeyHint = "sk_test_…b7x9";
    private Guid _bCouponId;

    private async Task SeedCouponAndPaymentsAsync(TestShop b)
    {
        _bCouponId = await InShop(b, async db =>
        {
            var coupon = new Coupon { Code = BCouponCode, NormalizedCode = BCouponCode, Kind = CouponKind.Percent, PercentOff = 15 };
            db.Add(coupon);
            await db.SaveChangesAsync();
            return coupon.Id;
        });
        await app.Services.GetRequiredService<ITenantScopeRunner>().RunAsync(b.Tenant, async services =>
        {
            var errors = await services.GetRequiredService<PaymentSettingsService>().SaveAsync(new PaymentSettingsInput
            {
                SecretKey = "sk_test_51BSecretKeyForIsolationb7x9",
                PublishableKey = BPublishableKey,
                WebhookSecret = "whsec_b-secret-webhook-0000000000",
            }, CancellationToken.None);
            if (errors.Count > 0)
            {
                throw new InvalidOperationException(string.Join("; ", errors.Values));
            }
        });
    }

    // B's order, with a note and a refund: only B's staff may see the shopper, the note or the refund.
    private const string BOrderEmail = "b-secret-shopper@example.com";
    private const string BOrderNote = "B-SECRET-ORDER-NOTE";
    private Guid _bOrderId;

    private async Task SeedOrderAsync(TestShop b) =>
        _bOrderId = await InShop(b, async db =>
        {
            var now = DateTimeOffset.UtcNow;
            var order = new Order
            {
                Number = 1001, CheckoutSessionId = "cs_test_b_isolation", PaymentId = "pi_test_b_isolation", Email = BOrderEmail, IsTest = true,
                PaymentStatus = OrderPaymentStatus.PartiallyRefunded, Currency = "EUR", SubtotalMinor = 990, TotalMinor = 990, RefundedMinor = 100,
                PlacedAt = now, UpdatedAt = now,
            };
            order.Lines.Add(new OrderLine { Title = "B-secret-order-line", Sku = "B-SECRET-SKU", Quantity = 1, UnitPriceMinor = 990, LineTotalMinor = 990, Currency = "EUR" });
            order.Notes.Add(new OrderNote { Text = BOrderNote, Author = b.OwnerEmail, CreatedAt = now });
            order.Refunds.Add(new OrderRefund { ProcessorRefundId = "re_b_isolation", AmountMinor = 100, Currency = "EUR", Status = "succeeded", CreatedAt = now });
            db.Add(order);
            await db.SaveChangesAsync();
            return order.Id;
        });

    // B's shipping rate and tax rate: only B's staff may see their names.
    private ShippingOfB _bShipping = null!;

    private sealed record ShippingOfB(Guid RateId, Guid TaxId)
    {
        public const string RateName = "B-secret-shipping-rate";
        public const string TaxName = "B-secret-tax";
    }

    private Task<ShippingOfB> SeedShippingAsync(TestShop b) =>
        InShop(b, async db =>
        {
            var rate = new ShippingRate { Name = ShippingOfB.RateName, Countries = "NL", Price = new Amount(777, "EUR"), Position = 9 };
            var tax = new TaxRate { CountryCode = "NL", Name = ShippingOfB.TaxName, BasisPoints = 2100 };
            db.AddRange(rate, tax);
            await db.SaveChangesAsync();
            return new ShippingOfB(rate.Id, tax.Id);
        });
}
