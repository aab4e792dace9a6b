using WalkingDrum.Core.Data;

namespace WalkingDrum.Commerce.Models;

/// <summary>Where a CSV import stands.</summary>
public enum CatalogImportStatus
{
    /// <summary>Uploaded; waiting for the importer.</summary>
    Queued,

    /// <summary>Being read and applied.</summary>
    Running,

    /// <summary>Every row was read; <see cref="CatalogImport.ErrorsJson"/> lists rows that were refused.</summary>
    Completed,

    /// <summary>The file could not be read at all (wrong encoding, no header); nothing was imported.</summary>
    Failed,
}

/// <summary>
/// A CSV product import. The uploaded file is kept in App_Data until the import finishes, and
/// progress is saved as rows are applied, so an import survives a restart and the admin can
/// show how far it has come.
/// </summary>
public sealed class CatalogImport : ITenantOwned
{
    public Guid TenantId { get; set; }

    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>The uploaded file's name, for the merchant's reference.</summary>
    public required string FileName { get; set; }

    public CatalogImportStatus Status { get; set; }

    /// <summary>Data rows in the file (known once it has been counted).</summary>
    public int TotalRows { get; set; }

    /// <summary>Rows read so far, imported or refused; the importer resumes after them.</summary>
    public int ProcessedRows { get; set; }

    public int CreatedProducts { get; set; }

    public int UpdatedProducts { get; set; }

    /// <summary>Refused rows as a JSON array of <c>{ "row": n, "messages": [...] }</c>.</summary>
    public string ErrorsJson { get; set; } = "[]";

    /// <summary>Why the whole file was refused, when <see cref="Status"/> is <see cref="CatalogImportStatus.Failed"/>.</summary>
    public string? FailureMessage { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }
}
