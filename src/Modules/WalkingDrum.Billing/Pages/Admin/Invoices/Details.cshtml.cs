using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WalkingDrum.Billing.Services.Invoices;
using WalkingDrum.Core.Identity;

namespace WalkingDrum.Billing.Pages.Admin.Invoices;

/// <summary>One invoice as its printable document, with its payment attempts; another shop's invoice is not found.</summary>
[Authorize(Roles = Roles.AdminRoles)]
public sealed class InvoiceDetailsModel(InvoiceDocuments documents) : PageModel
{
    public InvoiceDocument Document { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid invoiceId, CancellationToken cancellationToken)
    {
        if (await documents.InvoiceAsync(invoiceId, cancellationToken) is not { } document)
        {
            return NotFound();
        }

        Document = document;
        return Page();
    }
}
