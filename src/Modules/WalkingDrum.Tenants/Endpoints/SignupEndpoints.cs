using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using WalkingDrum.Core.Http;
using WalkingDrum.Tenants.Models;
using WalkingDrum.Tenants.Services;

namespace WalkingDrum.Tenants.Endpoints;

/// <summary><c>POST /api/signup</c>: opens a shop from JSON.</summary>
public static class SignupEndpoints
{
    /// <summary>Signups are small; anything bigger is refused before it is read.</summary>
    public const long MaxBodyBytes = 16 * 1024;

    public static IEndpointRouteBuilder MapSignupEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/signup", SignupAsync)
            .WithName("Signup")
            .WithSummary("Open a shop: creates the tenant, its owner and applies a recipe.")
            .WithTags("Signup")
            .WithMetadata(new ScopeAttribute(EndpointScope.Host))
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(MaxBodyBytes))
            .RequireRateLimiting(RateLimitPolicies.Auth)
            .DisableAntiforgery();
        return endpoints;
    }

    private static async Task<Results<Created<SignupResponse>, ValidationProblem, ProblemHttpResult>> SignupAsync(
        SignupRequest request,
        HttpRequest httpRequest,
        TenantProvisioner provisioner,
        SignupLinks links,
        CancellationToken cancellationToken)
    {
        var result = await provisioner.ProvisionAsync(request, cancellationToken);
        switch (result)
        {
            case ProvisioningResult.Created created:
                var response = links.For(httpRequest, created);
                return TypedResults.Created(response.AdminUrl, response);
            case ProvisioningResult.Taken taken:
                return TypedResults.Problem(
                    title: "That subdomain is taken.",
                    detail: taken.Message,
                    statusCode: StatusCodes.Status409Conflict,
                    extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [taken.Field] = [taken.Message] } });
            case ProvisioningResult.Invalid invalid:
                return TypedResults.ValidationProblem(invalid.Errors, title: "The signup has invalid fields.");
            default:
                throw new InvalidOperationException($"Unexpected provisioning result {result.GetType().Name}.");
        }
    }
}

/// <summary>The new shop's addresses; <see cref="SignInUrl"/> signs the owner in once, within minutes.</summary>
public sealed record SignupResponse(string Name, string StorefrontUrl, string AdminUrl, string SignInUrl);
