using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using WalkingDrum.Core.Features;
using WalkingDrum.Core.Identity;
using WalkingDrum.Core.Tenancy;
using WalkingDrum.Web.Email;
using WalkingDrum.Web.Hosting;

namespace WalkingDrum.Web.Pages.Admin;

/// <summary>The shop's email log, read from the mail archive.</summary>
[Authorize(Roles = Roles.AdminRoles)]
[RequiresFeature(HostFeatures.EmailLog)]
public sealed class EmailsModel(MailArchive archive, ITenantContext tenantContext, IOptions<EmailOptions> options) : PageModel
{
    public IReadOnlyList<ArchivedEmail> Messages { get; private set; } = [];

    public bool SmtpConfigured => !string.IsNullOrWhiteSpace(options.Value.Smtp.Host);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Messages = await archive.ListAsync(tenantContext.Tenant, 50, cancellationToken);
}
