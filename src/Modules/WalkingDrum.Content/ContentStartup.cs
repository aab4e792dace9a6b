using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WalkingDrum.Content.Data;
using WalkingDrum.Content.Models;
using WalkingDrum.Content.Services;
using WalkingDrum.Content.Services.Theme;
using WalkingDrum.Core.Admin;
using WalkingDrum.Core.Content;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Media;
using WalkingDrum.Core.Modules;
using WalkingDrum.Theme.Services;

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

        // Theme settings and template overrides.
        services.AddScoped<ThemeSettingsService>();
        services.AddLiquidDrop<ThemeDrop>();
        services.AddStorefrontLayoutContributor<ThemeLayoutContributor>();
        services.AddScoped<TemplateOverrideStore>();
        services.AddScoped<ITemplateOverrides>(sp => sp.GetRequiredService<TemplateOverrideStore>());
        services.AddScoped<TemplateOverrideAdmin>();
        services.AddSingleton(new AdminMenuItem("Theme", "/admin/theme", 400));
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }
}
