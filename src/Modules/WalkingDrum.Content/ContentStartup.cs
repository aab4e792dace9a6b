using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WalkingDrum.Content.Data;
using WalkingDrum.Content.Services;
using WalkingDrum.Core.Content;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Media;
using WalkingDrum.Core.Modules;

namespace WalkingDrum.Content;

/// <summary>Pages made of blocks, menus, media, SEO and the content parts pages and products share.</summary>
public sealed class ContentStartup : IModuleStartup
{
    public ModuleDescriptor Descriptor { get; } = new(
        "WalkingDrum.Content",
        "Content",
        "Pages with draft, preview and publish; menus; the media library; SEO; theme settings.",
        []);

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IModelContributor, ContentModel>();
        services.AddScoped<IMediaImages, MediaImages>();
        services.AddScoped<IContentImages, ContentImages>();
        services.AddScoped<IStorefrontRedirects, StorefrontRedirects>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }
}
