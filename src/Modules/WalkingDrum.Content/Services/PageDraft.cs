using WalkingDrum.Content.Models;
using WalkingDrum.Content.Models.Blocks;
using WalkingDrum.Core.Content;

namespace WalkingDrum.Content.Services;

/// <summary>What the merchant edits on a page: its title, address and blocks.</summary>
/// <param name="Title">The page's title.</param>
/// <param name="Slug">Its address under <c>/pages/</c>; made from the title when empty.</param>
/// <param name="Blocks">The body, in order.</param>
public sealed record PageDraft(string? Title, string? Slug, IReadOnlyList<PageBlock> Blocks);

/// <summary>How a draft is saved.</summary>
/// <param name="Author">Email of who saves it, kept on the version.</param>
/// <param name="Publish">Whether the saved draft becomes what shoppers see.</param>
/// <param name="StageParts">Stages the item's content parts on the same unit of work; their errors stop the save.</param>
public sealed record PageSaveOptions(string Author, bool Publish, Func<ContentItemKey, Task>? StageParts = null);

/// <summary>How a page operation ended.</summary>
public enum PageOutcome
{
    Done,

    /// <summary>Problems were recorded in the errors passed in; nothing was saved.</summary>
    Invalid,

    NotFound,
}

/// <summary>The outcome of a page operation, with the page when there is one.</summary>
public sealed record PageCommandResult(PageOutcome Outcome, Page? Page = null)
{
    public bool Succeeded => Outcome == PageOutcome.Done;
}
