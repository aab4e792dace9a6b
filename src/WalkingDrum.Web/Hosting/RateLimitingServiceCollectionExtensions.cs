using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using WalkingDrum.Core.Http;
using WalkingDrum.Core.Tenancy;

namespace WalkingDrum.Web.Hosting;

/// <summary>
/// The <see cref="RateLimitPolicies.Auth"/> policy: a fixed number of form posts per client
/// address and shop per minute on sign-in, signup and password reset. Page views are not limited.
/// </summary>
public static class RateLimitingServiceCollectionExtensions
{
    public static IServiceCollection AddWalkingDrumRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RateLimitingOptions>(configuration.GetSection("RateLimiting"));
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(RateLimitPolicies.Auth, context =>
            {
                if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
                {
                    return RateLimitPartition.GetNoLimiter("reads");
                }

                var permits = context.RequestServices.GetRequiredService<IOptions<RateLimitingOptions>>().Value.AuthPermitsPerMinute;
                var tenant = context.RequestServices.GetRequiredService<ITenantContext>().TenantId;
                var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                return RateLimitPartition.GetFixedWindowLimiter($"{tenant}|{client}", _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = permits,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                });
            });
            options.OnRejected = async (context, cancellationToken) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                var problems = context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
                await problems.WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context.HttpContext,
                    ProblemDetails =
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "Too many attempts.",
                        Detail = "Please wait a minute before trying again.",
                    },
                });
            };
        });
        return services;
    }
}

/// <summary>Configuration section <c>RateLimiting</c>.</summary>
public sealed class RateLimitingOptions
{
    /// <summary>Form posts per client address and shop per minute on sign-in, signup and reset.</summary>
    public int AuthPermitsPerMinute { get; set; } = 10;
}
