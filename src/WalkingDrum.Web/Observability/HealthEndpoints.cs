using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Http;

namespace WalkingDrum.Web.Observability;

/// <summary><c>/health/live</c> (the process serves) and <c>/health/ready</c> (the database answers).</summary>
public static class HealthEndpoints
{
    private const string ReadyTag = "ready";

    public static IServiceCollection AddWalkingDrumHealth(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: [ReadyTag]);
        return services;
    }

    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false })
            .WithMetadata(new ScopeAttribute(EndpointScope.Any)).DisableHttpMetrics();
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag) })
            .WithMetadata(new ScopeAttribute(EndpointScope.Any)).DisableHttpMetrics();
        return endpoints;
    }

    private sealed class DatabaseHealthCheck(WalkingDrumDbContext db) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("The database does not answer.");
    }
}
