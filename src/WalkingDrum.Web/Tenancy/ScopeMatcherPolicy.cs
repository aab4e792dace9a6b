using Microsoft.AspNetCore.Routing.Matching;
using WalkingDrum.Core.Http;
using WalkingDrum.Core.Tenancy;

namespace WalkingDrum.Web.Tenancy;

/// <summary>
/// Routes by scope: an endpoint is a candidate only where its <see cref="ScopeAttribute"/>
/// allows (shop endpoints by default). So <c>/</c> is the signup page at the platform host and
/// the storefront in a shop, and platform pages simply do not exist inside a shop.
/// </summary>
internal sealed class ScopeMatcherPolicy : MatcherPolicy, IEndpointSelectorPolicy
{
    public override int Order => 0;

    public bool AppliesToEndpoints(IReadOnlyList<Endpoint> endpoints) => endpoints.Count > 0;

    public Task ApplyAsync(HttpContext httpContext, CandidateSet candidates)
    {
        var isHost = httpContext.RequestServices.GetRequiredService<ITenantContext>().Tenant.IsHost;
        for (var i = 0; i < candidates.Count; i++)
        {
            if (!candidates.IsValidCandidate(i))
            {
                continue;
            }

            var scope = candidates[i].Endpoint.Metadata.GetMetadata<ScopeAttribute>()?.Scope ?? EndpointScope.Tenant;
            var allowed = scope == EndpointScope.Any || (scope == EndpointScope.Host) == isHost;
            if (!allowed)
            {
                candidates.SetValidity(i, false);
            }
        }

        return Task.CompletedTask;
    }
}
