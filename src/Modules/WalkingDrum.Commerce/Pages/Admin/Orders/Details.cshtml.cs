using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Commerce.Services;
using WalkingDrum.Commerce.Services.Orders;
using WalkingDrum.Core.Identity;

namespace WalkingDrum.Commerce.Pages.Admin.Orders;

/// <summary>One order: what was bought and paid, where it goes, its timeline, and fulfilment, notes and refunds.</summary>
[Authorize(Roles = Roles.AdminRoles)]
public sealed class OrderDetailsModel(OrderQueries queries, OrderFulfillment fulfillment, OrderNotes notes, OrderRefunds refunds) : PageModel
{
    [FromRoute]
    public Guid OrderId { get; set; }

    [BindProperty]
    public RefundForm Refund { get; set; } = new();

    [BindProperty]
    public NoteForm Note { get; set; } = new();

    [TempData]
    public string? Notice { get; set; }

    /// <summary>Why the last action did nothing (stale form, refused change), shown above everything.</summary>
    public string? Problem { get; private set; }

    public OrderDetail Detail { get; private set; } = null!;

    public Order Order => Detail.Order;

    private string Actor => User.Identity?.Name ?? "";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Refund = RefundForm.For(Order);
        return Page();
    }

    public async Task<IActionResult> OnPostFulfillmentAsync(string? to, int? version, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var target = Enum.GetNames<OrderFulfillmentStatus>().FirstOrDefault(n => n.Equals(to, StringComparison.OrdinalIgnoreCase));
        var result = target is null || version is null
            ? new OrderChangeResult(OrderChangeOutcome.Refused, "This form is incomplete. Reload the order and try again.")
            : await fulfillment.MoveAsync(OrderId, version.Value, Enum.Parse<OrderFulfillmentStatus>(target), Actor, cancellationToken);
        if (result.Outcome == OrderChangeOutcome.Done)
        {
            Notice = result.Message;
            return RedirectToPage("Details", new { orderId = OrderId });
        }

        return await ShowAsync(result.Outcome == OrderChangeOutcome.Stale ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest,
            result.Message, freshRefund: true, cancellationToken);
    }

    public async Task<IActionResult> OnPostNoteAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var errors = await notes.AddAsync(OrderId, Note.Text, Actor, cancellationToken);
        if (errors is null)
        {
            return NotFound();
        }

        if (errors.IsEmpty)
        {
            Notice = "Note added.";
            return RedirectToPage("Details", new { orderId = OrderId });
        }

        ShowErrors("Note", errors);
        return await ShowAsync(StatusCodes.Status400BadRequest, null, freshRefund: true, cancellationToken);
    }

    public async Task<IActionResult> OnPostRefundAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var result = await refunds.RefundAsync(OrderId, Refund.ToInput(), Actor, cancellationToken);
        switch (result.Outcome)
        {
            case RefundOutcome.NotFound:
                return NotFound();
            case RefundOutcome.Recorded or RefundOutcome.AlreadyRecorded:
                Notice = result.Outcome == RefundOutcome.Recorded
                    ? $"Refunded {result.Refund!.Amount.ToDisplayString()}."
                    : $"This refund of {result.Refund!.Amount.ToDisplayString()} was already made; nothing more was refunded.";
                return RedirectToPage("Details", new { orderId = OrderId });
            case RefundOutcome.Stale:
                return await ShowAsync(StatusCodes.Status409Conflict, result.Errors.ByField[""][0], freshRefund: true, cancellationToken);
            default:
                ShowErrors("Refund", result.Errors);
                // After a refusal the processor has said no to this request id; the form asks anew.
                // When it could not be reached, the same id lets a retry find a refund it may have made.
                if (result.Outcome == RefundOutcome.Refused)
                {
                    Refund.RequestId = Guid.CreateVersion7();
                }

                return await ShowAsync(result.Outcome == RefundOutcome.Unavailable ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status400BadRequest,
                    null, freshRefund: false, cancellationToken);
        }
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var detail = await queries.FindAsync(OrderId, cancellationToken);
        Detail = detail!;
        return detail is not null;
    }

    // Shows the order as it is now, with what went wrong; the refund form starts over unless its
    // input is being shown back to the merchant.
    private async Task<IActionResult> ShowAsync(int status, string? problem, bool freshRefund, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (freshRefund)
        {
            Refund = RefundForm.For(Order);
        }

        Problem = problem;
        Response.StatusCode = status;
        return Page();
    }

    private void ShowErrors(string form, CatalogErrors errors)
    {
        foreach (var (field, messages) in errors.ByField)
        {
            foreach (var message in messages)
            {
                ModelState.AddModelError(field.Length > 0 ? $"{form}.{field}" : form, message);
            }
        }
    }
}
