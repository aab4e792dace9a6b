using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace WalkingDrum.Core.Modules;

/// <summary>
/// The one startup class of a module. It registers only the module's own services and maps only
/// its own endpoints, admin pages and recipe steps; the host lists every module in one place.
/// </summary>
public interface IModuleStartup
{
    /// <summary>What the module is and which features it offers.</summary>
    ModuleDescriptor Descriptor { get; }

    /// <summary>Registers the module's services, entity configurations, recipe steps and menu items.</summary>
    void ConfigureServices(IServiceCollection services, IConfiguration configuration);

    /// <summary>Maps the module's endpoints.</summary>
    void MapEndpoints(IEndpointRouteBuilder endpoints);
}
