using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WalkingDrum.Billing.Services.Invoices;
using WalkingDrum.Core.Identity;

namespace WalkingDrum.Billing.Pages.Admin.Invoices;

/// <summary>The receipt of a paid invoice; an unpaid invoice has none.</summary>
[Authorize(Roles = Roles.AdminRoles)]
public sealed class InvoiceReceiptModel(InvoiceDocuments documents) : PageModel
{
    public InvoiceDocument Document { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid invoiceId, CancellationToken cancellationToken)
    {
        if (await documents.ReceiptAsync(invoiceId, cancellationToken) is not { } document)
        {
            return NotFound();
        }

        Document = document;
        return Page();
    }
}
