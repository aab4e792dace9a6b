using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WalkingDrum.Commerce.Data;
using WalkingDrum.Commerce.Endpoints;
using WalkingDrum.Commerce.Services;
using WalkingDrum.Commerce.Services.Search;
using WalkingDrum.Core.Admin;
using WalkingDrum.Core.Catalog;
using WalkingDrum.Core.Content;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Events;
using WalkingDrum.Core.Modules;
using WalkingDrum.Theme.Services;

namespace WalkingDrum.Commerce;

/// <summary>The catalog: products, variants, prices, inventory, collections, CSV and search.</summary>
public sealed class CommerceStartup : IModuleStartup
{
    public ModuleDescriptor Descriptor { get; } = new(
        "WalkingDrum.Commerce",
        "Commerce",
        "Products with variants, prices and stock; collections; CSV import and export; search.",
        []);

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IModelContributor, CatalogModel>();
        services.AddScoped<ProductCards>();
        services.AddScoped<IProductCards>(sp => sp.GetRequiredService<ProductCards>());

        // Storefront search: a Lucene index per shop, fed by every ISearchSource.
        services.AddSingleton<SearchIndexes>();
        services.AddScoped<StorefrontSearch>();
        services.AddScoped<ISearchSource, ProductSearchSource>();
        services.AddScoped<IDomainEventHandler<ContentItemChanged>, SearchIndexUpdater>();
        services.AddLiquidDrop<SearchPageDrop>();
        services.AddLiquidDrop<SearchResultDrop>();
        services.AddLiquidDrop<SearchCollectionDrop>();
        services.AddSingleton(new AdminMenuItem("Search", "/admin/search", 150));
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapSearchEndpoints();
}
