// The translations library holds only the compiled .qm resources; a static library needs one source.
namespace mamori {
int translationsAnchor()
{
    return 0;
}
} // namespace mamori
