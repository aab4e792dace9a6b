using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WalkingDrum.Core.Http;

namespace WalkingDrum.Web.Pages.Account;

[Scope(EndpointScope.Any)]
[AllowAnonymous]
public sealed class DeniedModel : PageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
