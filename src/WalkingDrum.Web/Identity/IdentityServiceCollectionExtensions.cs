using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Identity;

namespace WalkingDrum.Web.Identity;

/// <summary>
/// ASP.NET Core Identity over the tenant-keyed user tables: users of one shop cannot sign in to
/// another, each shop's cookie is protected with its own data-protection purpose, keys live in
/// the database so every node reads the same key ring.
/// </summary>
public static class IdentityServiceCollectionExtensions
{
    public static IServiceCollection AddWalkingDrumIdentity(this IServiceCollection services)
    {
        services.AddDataProtection()
            .SetApplicationName("WalkingDrum")
            .PersistKeysToDbContext<WalkingDrumDbContext>();

        services.AddIdentityCore<ShopUser>(options =>
            {
                options.Password.RequiredLength = 8;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequireDigit = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireUppercase = true;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.User.RequireUniqueEmail = false; // unique per tenant through the user name index
                options.User.AllowedUserNameCharacters = "";
            })
            .AddRoles<ShopRole>()
            .AddUserStore<TenantUserStore>()
            .AddRoleStore<PlatformRoleStore>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<TenantClaimsPrincipalFactory>()
            .AddDefaultTokenProviders();

        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "wd_auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.LoginPath = "/account/login";
            options.LogoutPath = "/account/logout";
            options.AccessDeniedPath = "/account/denied";
            options.ExpireTimeSpan = TimeSpan.FromDays(14);
            options.SlidingExpiration = true;
            options.Events.OnValidatePrincipal = TenantClaimsPrincipalFactory.ValidatePrincipalAsync;
        });
        services.AddSingleton<IPostConfigureOptions<CookieAuthenticationOptions>, TenantCookieProtection>();
        services.AddScoped<SignInHandoff>();
        services.AddScoped<TimingSafeSignIn>();
        services.AddHostedService<OperatorSeeder>();
        services.AddAuthorization();
        return services;
    }
}
