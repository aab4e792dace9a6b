namespace WalkingDrum.Core.Http;

/// <summary>Configuration key <c>AppData</c>: the folder for local files (database, mail, exports).</summary>
public sealed class AppDataOptions
{
    /// <summary>Absolute path; defaults to <c>App_Data</c> under the content root.</summary>
    public string Path { get; set; } = "";
}
