using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WalkingDrum.Commerce.Data;
using WalkingDrum.Commerce.Endpoints;
using WalkingDrum.Commerce.Parts;
using WalkingDrum.Commerce.Recipes;
using WalkingDrum.Commerce.Services;
using WalkingDrum.Commerce.Services.Carts;
using WalkingDrum.Commerce.Services.Checkout;
using WalkingDrum.Commerce.Services.Cleanup;
using WalkingDrum.Commerce.Services.Coupons;
using WalkingDrum.Commerce.Services.Csv;
using WalkingDrum.Commerce.Services.Orders;
using WalkingDrum.Commerce.Services.Search;
using WalkingDrum.Commerce.Services.Shipping;
using WalkingDrum.Commerce.ViewModels;
using WalkingDrum.Core.Admin;
using WalkingDrum.Core.Catalog;
using WalkingDrum.Core.Content;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Events;
using WalkingDrum.Core.Modules;
using WalkingDrum.Core.Payments;
using WalkingDrum.Core.Recipes;
using WalkingDrum.Theme.Services;

namespace WalkingDrum.Commerce;

/// <summary>The catalog (products, variants, prices, inventory, collections, CSV and search), the cart, coupons, checkout and orders.</summary>
public sealed class CommerceStartup : IModuleStartup
{
    public ModuleDescriptor Descriptor { get; } = new(
        "WalkingDrum.Commerce",
        "Commerce",
        "Products with variants, prices and stock; collections; CSV import and export; search; cart and coupons.",
        []);

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IModelContributor, CatalogModel>();
        services.AddScoped<ProductCards>();
        services.AddScoped<IProductCards>(sp => sp.GetRequiredService<ProductCards>());

        // Catalog: products, collections, the fields part, storefront pages, sitemap and recipe steps.
        services.AddScoped<ProductStaging>().AddScoped<ProductFieldStaging>().AddScoped<ProductService>().AddScoped<ProductQueries>();
        services.AddScoped<CollectionStaging>().AddScoped<CollectionService>();
        services.AddScoped<IContentPart, ProductFieldsPart>();
        services.AddScoped<ProductPageBuilder>().AddScoped<CollectionPageBuilder>();
        services.AddScoped<ISitemapSource, CatalogSitemap>();
        services.AddScoped<IRecipeStep, CollectionsStep>().AddScoped<IRecipeStep, ProductsStep>();
        services.AddSingleton(new AdminMenuItem("Products", "/admin/products", 100));
        services.AddSingleton(new AdminMenuItem("Collections", "/admin/collections", 110));
        services.AddLiquidDrop<ProductDrop>().AddLiquidDrop<ProductOptionDrop>().AddLiquidDrop<VariantDrop>();
        services.AddLiquidDrop<CollectionDrop>().AddLiquidDrop<CollectionListingDrop>().AddLiquidDrop<ChoiceDrop>().AddLiquidDrop<PageLinkDrop>();
        services.AddLiquidDrop<ProductFieldsDrop>().AddLiquidDrop<ProductFieldDrop>();

        // Storefront search: a Lucene index per shop, fed by every ISearchSource.
        services.AddSingleton<SearchIndexes>();
        services.AddScoped<StorefrontSearch>();
        services.AddScoped<ISearchSource, ProductSearchSource>();
        services.AddScoped<IDomainEventHandler<ContentItemChanged>, SearchIndexUpdater>();
        services.AddScoped<IDomainEventHandler<ContentItemsChanged>, SearchIndexUpdater>();
        services.AddLiquidDrop<SearchPageDrop>();
        services.AddLiquidDrop<SearchResultDrop>();
        services.AddLiquidDrop<SearchCollectionDrop>();
        services.AddSingleton(new AdminMenuItem("Search", "/admin/search", 150));

        // CSV import and export.
        services.AddSingleton<CatalogImportFiles>();
        services.AddSingleton<CatalogImportQueue>();
        services.AddHostedService<CatalogImportWorker>();
        services.AddScoped<CatalogImportService>();
        services.AddScoped<CatalogImportRunner>();
        services.AddScoped<ProductCsvExporter>();
        services.AddSingleton(new AdminMenuItem("Import and export", "/admin/products/import", 120));

        // Cart and coupons.
        services.AddSingleton<IModelContributor, CartModel>();
        services.AddScoped<CartStore>().AddScoped<PurchaseOptionQuotes>().AddScoped<CartPricing>().AddScoped<CartService>().AddScoped<CartPage>();
        services.AddScoped<CouponService>().AddScoped<CouponRedemptions>();
        services.AddScoped<IRecipeStep, CouponsStep>();
        services.AddSingleton(new AdminMenuItem("Coupons", "/admin/coupons", 130));
        services.AddLiquidDrop<CartPageDrop>().AddLiquidDrop<CartLineDrop>().AddLiquidDrop<CartConfirmDrop>();

        // Checkout and orders.
        services.AddSingleton<IModelContributor, OrderModel>();
        services.AddScoped<CheckoutDrafts>().AddScoped<CheckoutAccounts>().AddScoped<CheckoutService>().AddScoped<CheckoutPage>();
        services.AddScoped<OrderConfirmation>().AddScoped<OrderRecorder>().AddScoped<CheckoutReturns>();
        services.AddScoped<ICheckoutCompletionHandler>(sp => sp.GetRequiredService<OrderRecorder>());
        services.AddScoped<OrderRefundSync>();
        services.AddScoped<IRefundReportHandler>(sp => sp.GetRequiredService<OrderRefundSync>());
        services.AddLiquidDrop<CheckoutPageDrop>().AddLiquidDrop<CheckoutSummaryDrop>().AddLiquidDrop<ShippingChoiceDrop>();
        services.AddLiquidDrop<CountryOptionDrop>().AddLiquidDrop<FieldErrorDrop>();
        services.AddLiquidDrop<OrderPageDrop>().AddLiquidDrop<OrderLineDrop>().AddLiquidDrop<PendingOrderDrop>();
        services.AddSingleton<IModelContributor, SqliteDates>();
        services.AddScoped<OrderQueries>().AddScoped<OrderFulfillment>().AddScoped<OrderNotes>().AddScoped<OrderRefunds>().AddScoped<OrderCsvExporter>();
        services.AddSingleton(new AdminMenuItem("Orders", "/admin/orders", 90));

        // Abandoned checkout drafts and carts are deleted in the background.
        services.AddOptions<CheckoutCleanupOptions>().Bind(configuration.GetSection(CheckoutCleanupOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<CheckoutCleanup>();
        services.AddHostedService<CheckoutCleanupWorker>();

        // Shipping and tax settings that checkout prices orders with.
        services.AddScoped<ShippingSettingsService>();
        services.AddScoped<IRecipeStep, ShippingStep>();
        services.AddSingleton(new AdminMenuItem("Shipping and tax", "/admin/shipping", 140));
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapCatalogStorefrontEndpoints();
        endpoints.MapSearchEndpoints();
        endpoints.MapCatalogCsvEndpoints();
        endpoints.MapCartEndpoints();
        endpoints.MapCheckoutEndpoints();
        endpoints.MapOrderCsvEndpoints();
    }
}
