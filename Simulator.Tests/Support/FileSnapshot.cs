namespace Simulator.Tests.Support;

/// <summary>A file's bytes and last write time, to show that a command left it exactly as it was.</summary>
internal sealed record FileSnapshot(string Base64, DateTime LastWrite, long Length)
{
    public static FileSnapshot Of(string path) =>
        new(Convert.ToBase64String(File.ReadAllBytes(path)), File.GetLastWriteTimeUtc(path), new FileInfo(path).Length);
}
