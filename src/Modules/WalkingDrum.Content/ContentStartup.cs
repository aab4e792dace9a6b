using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WalkingDrum.Content.Data;
using WalkingDrum.Content.Endpoints;
using WalkingDrum.Content.Models;
using WalkingDrum.Content.Models.Drops;
using WalkingDrum.Content.Parts;
using WalkingDrum.Content.Recipes;
using WalkingDrum.Content.Services;
using WalkingDrum.Content.Services.Media;
using WalkingDrum.Content.Services.Theme;
using WalkingDrum.Core.Admin;
using WalkingDrum.Core.Content;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Media;
using WalkingDrum.Core.Modules;
using WalkingDrum.Core.Recipes;
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

        // Pages, menus, SEO, sitemap and the storefront fallback.
        services.AddScoped<PageService>();
        services.AddScoped<PublishedPages>();
        services.AddScoped<PageDropBuilder>();
        services.AddScoped<PageRendering>();
        services.AddScoped<MenuService>();
        services.AddScoped<MediaChoices>();
        services.AddScoped<SeoPart>();
        services.AddScoped<IContentPart>(sp => sp.GetRequiredService<SeoPart>());
        services.AddScoped<IContentMetadata, SeoMetadataReader>();
        services.AddScoped<ISitemapSource, PageSitemapSource>();
        services.AddScoped<ISearchSource, PageSearchSource>();
        services.AddScoped<IRecipeStep, PagesStep>();
        services.AddScoped<IRecipeStep, MenusStep>();
        services.AddStorefrontLayoutContributor<MenuLayoutContributor>();
        services.AddLiquidDrop<PageDrop>().AddLiquidDrop<RichTextDrop>().AddLiquidDrop<ImageBlockDrop>()
            .AddLiquidDrop<HeroDrop>().AddLiquidDrop<ProductGridDrop>().AddLiquidDrop<FaqDrop>().AddLiquidDrop<FaqEntryDrop>()
            .AddLiquidDrop<CallToActionDrop>().AddLiquidDrop<MenusDrop>().AddLiquidDrop<MenuLinkDrop>().AddLiquidDrop<SeoDrop>();
        services.AddSingleton(new AdminMenuItem("Pages", "/admin/pages", 200));
        services.AddSingleton(new AdminMenuItem("Menus", "/admin/menus", 210));

        // Media library: storage, checked uploads, the admin and the images part.
        services.Configure<MediaOptions>(configuration.GetSection("Media"));
        services.AddSingleton<IMediaStorage, FileSystemMediaStorage>();
        services.AddScoped<IMediaUploads, MediaUploads>();
        services.AddScoped<MediaLibrary>();
        services.AddScoped<IContentPart, ImagesPart>();
        services.AddLiquidDrop<MediaImage>();
        services.AddSingleton(new AdminMenuItem("Media", "/admin/media", 300));

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
        endpoints.MapContentStorefrontEndpoints();
        endpoints.MapCrawlerEndpoints();
        endpoints.MapPagePreviewEndpoints();
        endpoints.MapMediaEndpoints();
    }
}
