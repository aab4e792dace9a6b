using System.Text.Json.Nodes;
using WalkingDrum.StripeSandbox.Models;
using WalkingDrum.StripeSandbox.Services;

namespace WalkingDrum.StripeSandbox.Pages;

/// <summary>Runs a hosted page's work in one transaction of the account that owns the object in the URL.</summary>
internal sealed class HostedPages(SandboxStore store, SandboxContext sandbox, WebhookDispatcher dispatcher)
{
    public SandboxContext Sandbox => sandbox;

    /// <summary>The posted fields; a post that is not a form reads as an empty one rather than failing.</summary>
    public static async Task<IFormCollection> ReadFormAsync(HttpRequest request) =>
        request.HasFormContentType ? await request.ReadFormAsync(request.HttpContext.RequestAborted) : FormCollection.Empty;

    public async Task<PageOutcome> RunAsync(HttpContext http, string id, string type, Func<ApiCall, JsonObject, PageOutcome> work)
    {
        var requestId = (string)http.Items[SandboxApi.RequestIdItem]!;
        var (outcome, queued) = await store.RunAsync(tx =>
        {
            if (tx.FindAnywhere(id) is not { } found || (string?)found.Object["object"] != type)
            {
                return (PageOutcome.Page(Html.Message("Not found", "This page does not exist or has been removed."), 404), false);
            }
            var call = new ApiCall(tx, new RequestInfo(found.Account, new FormTree(), requestId, null), sandbox);
            return (work(call, found.Object), call.QueuedDeliveries);
        }, http.RequestAborted);
        if (queued)
        {
            dispatcher.Wake();
        }
        return outcome;
    }
}
