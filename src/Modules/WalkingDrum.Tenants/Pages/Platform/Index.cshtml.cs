using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WalkingDrum.Core.Http;
using WalkingDrum.Core.Identity;
using WalkingDrum.Tenants.Services;

namespace WalkingDrum.Tenants.Pages.Platform;

/// <summary>Platform admin: the tenant list, searchable by name prefix and paged by key.</summary>
[Scope(EndpointScope.Host)]
[Authorize(Roles = Roles.Operator)]
public sealed class PlatformIndexModel(TenantDirectory directory) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? After { get; set; }

    public TenantPage Listing { get; private set; } = new([], null);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Q = Q is { Length: > 63 } ? Q[..63] : Q;
        After = After is { Length: > 63 } ? After[..63] : After;
        Listing = await directory.ListAsync(Q, After, cancellationToken);
    }
}
