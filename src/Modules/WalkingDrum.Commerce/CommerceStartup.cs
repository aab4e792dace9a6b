using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
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
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }
}
