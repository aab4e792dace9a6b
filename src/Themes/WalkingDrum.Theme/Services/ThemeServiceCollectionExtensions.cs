using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace WalkingDrum.Theme.Services;

/// <summary>A type whose public properties templates may read.</summary>
/// <param name="Type">The drop's type.</param>
public sealed record LiquidDropType(Type Type);

/// <summary>Registration of the storefront theme and of what modules show through it.</summary>
public static class ThemeServiceCollectionExtensions
{
    /// <summary>Registers the renderer and the storefront page builder.</summary>
    public static IServiceCollection AddStorefrontTheme(this IServiceCollection services)
    {
        services.TryAddSingleton<ThemeRenderer>();
        services.TryAddScoped<Storefront>();
        services.AddLiquidDrop<Models.ImageDrop>();
        return services;
    }

    /// <summary>
    /// Lets templates read the public properties of <typeparamref name="TDrop"/>. Templates see
    /// only registered types, so a merchant's template override cannot walk into services.
    /// </summary>
    public static IServiceCollection AddLiquidDrop<TDrop>(this IServiceCollection services) =>
        services.AddSingleton(new LiquidDropType(typeof(TDrop)));

    /// <summary>Adds values every storefront page's layout sees (menus, theme settings).</summary>
    public static IServiceCollection AddStorefrontLayoutContributor<TContributor>(this IServiceCollection services)
        where TContributor : class, IStorefrontLayoutContributor =>
        services.AddScoped<IStorefrontLayoutContributor, TContributor>();
}
