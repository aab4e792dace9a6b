using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;
using WalkingDrum.Core.Content;
using WalkingDrum.Core.Events;
using WalkingDrum.Core.Tenancy;

namespace WalkingDrum.Theme.Services;

/// <summary>
/// Output caching of anonymous storefront pages, one tag per shop: anything a shop publishes
/// (<see cref="ContentItemChanged"/>, <see cref="StorefrontChanged"/>) evicts that shop's pages
/// and no other's. Signed-in visitors and non-GET requests always get a fresh page.
/// <c>OutputCache:Enabled=false</c> turns it off (the catalog benchmark measures both).
/// </summary>
public static class StorefrontOutputCache
{
    /// <summary>Name of the output-cache policy storefront endpoints opt into.</summary>
    public const string PolicyName = "storefront";

    /// <summary>How long a page is kept when nothing is published meanwhile.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    /// <summary>The cache tag of one shop's pages.</summary>
    public static string TagFor(Guid tenantId) => "tenant:" + tenantId.ToString("N");

    /// <summary>Registers the output cache, its storefront policy, the read cache and the handler that evicts both.</summary>
    public static IServiceCollection AddStorefrontOutputCache(this IServiceCollection services, IConfiguration configuration)
    {
        var enabled = configuration.GetValue("OutputCache:Enabled", true);
        services.AddOutputCache(options =>
        {
            options.SizeLimit = configuration.GetValue("OutputCache:SizeLimitMegabytes", 256L) * 1024 * 1024;
            options.AddPolicy(PolicyName, new StorefrontPolicy(enabled));
        });
        services.AddSingleton<StorefrontReadCache>();
        services.AddScoped<IDomainEventHandler<ContentItemChanged>, StorefrontCacheEviction>();
        services.AddScoped<IDomainEventHandler<ContentItemsChanged>, StorefrontCacheEviction>();
        services.AddScoped<IDomainEventHandler<StorefrontChanged>, StorefrontCacheEviction>();
        return services;
    }

    /// <summary>Caches the endpoint's anonymous responses under the storefront policy.</summary>
    public static TBuilder CacheStorefrontOutput<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.CacheOutput(PolicyName);

    private sealed class StorefrontPolicy(bool enabled) : IOutputCachePolicy
    {
        public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            var http = context.HttpContext;
            var tenant = http.RequestServices.GetRequiredService<ITenantContext>().Tenant;
            var anonymous = http.User.Identity?.IsAuthenticated != true;
            var cacheable = enabled && anonymous && !tenant.IsHost
                && (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method));
            context.EnableOutputCaching = cacheable;
            context.AllowCacheLookup = cacheable;
            context.AllowCacheStorage = cacheable;
            context.AllowLocking = true;
            context.ResponseExpirationTimeSpan = Lifetime;
            // The key already holds host, path base, path and query; the tenant id keeps two shops
            // apart even when one is renamed and its old name is taken by a new shop.
            context.CacheVaryByRules.VaryByValues["tenant"] = tenant.Id.ToString("N");
            context.CacheVaryByRules.QueryKeys = new StringValues("*");
            context.Tags.Add(TagFor(tenant.Id));
            return ValueTask.CompletedTask;
        }

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            var response = context.HttpContext.Response;
            // Only complete pages: never errors, redirects or responses that set a cookie.
            if (response.StatusCode != StatusCodes.Status200OK || !StringValues.IsNullOrEmpty(response.Headers.SetCookie))
            {
                context.AllowCacheStorage = false;
            }

            return ValueTask.CompletedTask;
        }
    }
}

/// <summary>Evicts a shop's cached pages and read data once something it shows changed.</summary>
internal sealed class StorefrontCacheEviction(IOutputCacheStore store, StorefrontReadCache reads)
    : IDomainEventHandler<ContentItemChanged>, IDomainEventHandler<ContentItemsChanged>, IDomainEventHandler<StorefrontChanged>
{
    public Task HandleAsync(ContentItemChanged domainEvent, CancellationToken cancellationToken) =>
        domainEvent.Change == ContentChange.Saved ? Task.CompletedTask : EvictAsync(domainEvent.TenantId, cancellationToken);

    public Task HandleAsync(ContentItemsChanged domainEvent, CancellationToken cancellationToken) =>
        domainEvent.Changes.All(c => c.Change == ContentChange.Saved) ? Task.CompletedTask : EvictAsync(domainEvent.TenantId, cancellationToken);

    public Task HandleAsync(StorefrontChanged domainEvent, CancellationToken cancellationToken) =>
        EvictAsync(domainEvent.TenantId, cancellationToken);

    private Task EvictAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        reads.Invalidate(tenantId);
        return store.EvictByTagAsync(StorefrontOutputCache.TagFor(tenantId), cancellationToken).AsTask();
    }
}
