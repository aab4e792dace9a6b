using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WalkingDrum.Commerce.Data;
using WalkingDrum.Commerce.Endpoints;
using WalkingDrum.Commerce.Services;
using WalkingDrum.Commerce.Services.Csv;
using WalkingDrum.Core.Admin;
using WalkingDrum.Core.Catalog;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Modules;

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

        // CSV import and export.
        services.AddSingleton<CatalogImportFiles>();
        services.AddSingleton<CatalogImportQueue>();
        services.AddHostedService<CatalogImportWorker>();
        services.AddScoped<CatalogImportService>();
        services.AddScoped<CatalogImportRunner>();
        services.AddScoped<ProductCsvExporter>();
        services.AddSingleton(new AdminMenuItem("Import and export", "/admin/products/import", 120));
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapCatalogCsvEndpoints();
    }
}
