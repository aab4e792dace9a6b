using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using WalkingDrum.Core.Features;
using WalkingDrum.Core.Identity;
using WalkingDrum.Web.Email;
using WalkingDrum.Web.Hosting;

namespace WalkingDrum.Web.Pages.Admin;

/// <summary>
/// The shop's email log, read from the outbox: queued, sending, failed and sent messages, with a
/// filter by state; the owner may queue a failed message again.
/// </summary>
[Authorize(Roles = Roles.AdminRoles)]
[RequiresFeature(HostFeatures.EmailLog)]
internal sealed class EmailsModel(EmailLog log, IOptions<EmailOptions> options, TimeProvider clock) : PageModel
{
    public const string StatusKey = "status";

    [BindProperty(SupportsGet = true, Name = StatusKey)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    [TempData]
    public string? Notice { get; set; }

    /// <summary>The state the list is narrowed to; null for every message.</summary>
    public EmailLogState? State { get; private set; }

    /// <summary>Why the status in the address was ignored.</summary>
    public string? StatusNote { get; private set; }

    public EmailLogPage Listing { get; private set; } = null!;

    public DateTimeOffset Now { get; } = clock.GetUtcNow();

    public bool SmtpConfigured => !string.IsNullOrWhiteSpace(options.Value.Smtp.Host);

    public int KeepSentDays => options.Value.Outbox.KeepSentDays;

    /// <summary>Only the owner queues mail again: it reaches the shop's customers a second time.</summary>
    public bool CanRequeue => User.IsInRole(Roles.Owner);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        ReadStatus();
        Listing = await log.ListAsync(State, PageNumber, cancellationToken);
    }

    public async Task<IActionResult> OnPostRequeueAsync(Guid? messageId, CancellationToken cancellationToken)
    {
        if (!CanRequeue)
        {
            return Forbid();
        }

        var result = messageId is { } id ? await log.RequeueAsync(id, cancellationToken) : new RequeueResult(RequeueOutcome.NotFound, "");
        if (result.Outcome == RequeueOutcome.NotFound)
        {
            return NotFound();
        }

        Notice = result.Outcome switch
        {
            RequeueOutcome.Requeued => $"“{result.Subject}” is queued again and will be sent shortly.",
            RequeueOutcome.AlreadySent => $"“{result.Subject}” was already sent; nothing changed.",
            _ => $"“{result.Subject}” is already queued; nothing changed.",
        };
        ReadStatus();
        return RedirectToPage(new Dictionary<string, string?> { [StatusKey] = State?.ToString().ToLowerInvariant() });
    }

    /// <summary>Query values of this list at page <paramref name="page"/>.</summary>
    public Dictionary<string, string> ListQuery(int page)
    {
        var values = new Dictionary<string, string>();
        if (State is { } state)
        {
            values[StatusKey] = state.ToString().ToLowerInvariant();
        }

        if (page != 1)
        {
            values["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return values;
    }

    // A status the list does not know is left out with a note, never an error.
    private void ReadStatus()
    {
        var text = Status?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        if (Enum.TryParse<EmailLogState>(text, ignoreCase: true, out var state) && Enum.IsDefined(state) && !int.TryParse(text, out _))
        {
            State = state;
        }
        else
        {
            StatusNote = $"“{text}” is not a status, so every email is shown.";
        }
    }
}
