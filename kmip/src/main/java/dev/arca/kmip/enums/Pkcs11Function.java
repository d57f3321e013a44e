package dev.arca.kmip.enums;

import static dev.arca.kmip.KmipVersion.V2_0;

import dev.arca.kmip.KmipEnum;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.KmipVersion;
import java.util.Optional;

/**
 * KMIP 2.1 §11.38 PKCS#11 Function Enumeration.
 *
 * <p>Each code is the 1-based position of the function in the {@code CK_FUNCTION_LIST_3_0}
 * structure of PKCS#11 v3.0 ({@code pkcs11f.h}); the name is the PKCS#11 function name.
 */
public enum Pkcs11Function implements KmipEnum {
  C_INITIALIZE(0x00000001, "C_Initialize", "C_Initialize", V2_0),
  C_FINALIZE(0x00000002, "C_Finalize", "C_Finalize", V2_0),
  C_GET_INFO(0x00000003, "C_GetInfo", "C_GetInfo", V2_0),
  C_GET_FUNCTION_LIST(0x00000004, "C_GetFunctionList", "C_GetFunctionList", V2_0),
  C_GET_SLOT_LIST(0x00000005, "C_GetSlotList", "C_GetSlotList", V2_0),
  C_GET_SLOT_INFO(0x00000006, "C_GetSlotInfo", "C_GetSlotInfo", V2_0),
  C_GET_TOKEN_INFO(0x00000007, "C_GetTokenInfo", "C_GetTokenInfo", V2_0),
  C_GET_MECHANISM_LIST(0x00000008, "C_GetMechanismList", "C_GetMechanismList", V2_0),
  C_GET_MECHANISM_INFO(0x00000009, "C_GetMechanismInfo", "C_GetMechanismInfo", V2_0),
  C_INIT_TOKEN(0x0000000A, "C_InitToken", "C_InitToken", V2_0),
  C_INIT_PIN(0x0000000B, "C_InitPIN", "C_InitPIN", V2_0),
  C_SET_PIN(0x0000000C, "C_SetPIN", "C_SetPIN", V2_0),
  C_OPEN_SESSION(0x0000000D, "C_OpenSession", "C_OpenSession", V2_0),
  C_CLOSE_SESSION(0x0000000E, "C_CloseSession", "C_CloseSession", V2_0),
  C_CLOSE_ALL_SESSIONS(0x0000000F, "C_CloseAllSessions", "C_CloseAllSessions", V2_0),
  C_GET_SESSION_INFO(0x00000010, "C_GetSessionInfo", "C_GetSessionInfo", V2_0),
  C_GET_OPERATION_STATE(0x00000011, "C_GetOperationState", "C_GetOperationState", V2_0),
  C_SET_OPERATION_STATE(0x00000012, "C_SetOperationState", "C_SetOperationState", V2_0),
  C_LOGIN(0x00000013, "C_Login", "C_Login", V2_0),
  C_LOGOUT(0x00000014, "C_Logout", "C_Logout", V2_0),
  C_CREATE_OBJECT(0x00000015, "C_CreateObject", "C_CreateObject", V2_0),
  C_COPY_OBJECT(0x00000016, "C_CopyObject", "C_CopyObject", V2_0),
  C_DESTROY_OBJECT(0x00000017, "C_DestroyObject", "C_DestroyObject", V2_0),
  C_GET_OBJECT_SIZE(0x00000018, "C_GetObjectSize", "C_GetObjectSize", V2_0),
  C_GET_ATTRIBUTE_VALUE(0x00000019, "C_GetAttributeValue", "C_GetAttributeValue", V2_0),
  C_SET_ATTRIBUTE_VALUE(0x0000001A, "C_SetAttributeValue", "C_SetAttributeValue", V2_0),
  C_FIND_OBJECTS_INIT(0x0000001B, "C_FindObjectsInit", "C_FindObjectsInit", V2_0),
  C_FIND_OBJECTS(0x0000001C, "C_FindObjects", "C_FindObjects", V2_0),
  C_FIND_OBJECTS_FINAL(0x0000001D, "C_FindObjectsFinal", "C_FindObjectsFinal", V2_0),
  C_ENCRYPT_INIT(0x0000001E, "C_EncryptInit", "C_EncryptInit", V2_0),
  C_ENCRYPT(0x0000001F, "C_Encrypt", "C_Encrypt", V2_0),
  C_ENCRYPT_UPDATE(0x00000020, "C_EncryptUpdate", "C_EncryptUpdate", V2_0),
  C_ENCRYPT_FINAL(0x00000021, "C_EncryptFinal", "C_EncryptFinal", V2_0),
  C_DECRYPT_INIT(0x00000022, "C_DecryptInit", "C_DecryptInit", V2_0),
  C_DECRYPT(0x00000023, "C_Decrypt", "C_Decrypt", V2_0),
  C_DECRYPT_UPDATE(0x00000024, "C_DecryptUpdate", "C_DecryptUpdate", V2_0),
  C_DECRYPT_FINAL(0x00000025, "C_DecryptFinal", "C_DecryptFinal", V2_0),
  C_DIGEST_INIT(0x00000026, "C_DigestInit", "C_DigestInit", V2_0),
  C_DIGEST(0x00000027, "C_Digest", "C_Digest", V2_0),
  C_DIGEST_UPDATE(0x00000028, "C_DigestUpdate", "C_DigestUpdate", V2_0),
  C_DIGEST_KEY(0x00000029, "C_DigestKey", "C_DigestKey", V2_0),
  C_DIGEST_FINAL(0x0000002A, "C_DigestFinal", "C_DigestFinal", V2_0),
  C_SIGN_INIT(0x0000002B, "C_SignInit", "C_SignInit", V2_0),
  C_SIGN(0x0000002C, "C_Sign", "C_Sign", V2_0),
  C_SIGN_UPDATE(0x0000002D, "C_SignUpdate", "C_SignUpdate", V2_0),
  C_SIGN_FINAL(0x0000002E, "C_SignFinal", "C_SignFinal", V2_0),
  C_SIGN_RECOVER_INIT(0x0000002F, "C_SignRecoverInit", "C_SignRecoverInit", V2_0),
  C_SIGN_RECOVER(0x00000030, "C_SignRecover", "C_SignRecover", V2_0),
  C_VERIFY_INIT(0x00000031, "C_VerifyInit", "C_VerifyInit", V2_0),
  C_VERIFY(0x00000032, "C_Verify", "C_Verify", V2_0),
  C_VERIFY_UPDATE(0x00000033, "C_VerifyUpdate", "C_VerifyUpdate", V2_0),
  C_VERIFY_FINAL(0x00000034, "C_VerifyFinal", "C_VerifyFinal", V2_0),
  C_VERIFY_RECOVER_INIT(0x00000035, "C_VerifyRecoverInit", "C_VerifyRecoverInit", V2_0),
  C_VERIFY_RECOVER(0x00000036, "C_VerifyRecover", "C_VerifyRecover", V2_0),
  C_DIGEST_ENCRYPT_UPDATE(0x00000037, "C_DigestEncryptUpdate", "C_DigestEncryptUpdate", V2_0),
  C_DECRYPT_DIGEST_UPDATE(0x00000038, "C_DecryptDigestUpdate", "C_DecryptDigestUpdate", V2_0),
  C_SIGN_ENCRYPT_UPDATE(0x00000039, "C_SignEncryptUpdate", "C_SignEncryptUpdate", V2_0),
  C_DECRYPT_VERIFY_UPDATE(0x0000003A, "C_DecryptVerifyUpdate", "C_DecryptVerifyUpdate", V2_0),
  C_GENERATE_KEY(0x0000003B, "C_GenerateKey", "C_GenerateKey", V2_0),
  C_GENERATE_KEY_PAIR(0x0000003C, "C_GenerateKeyPair", "C_GenerateKeyPair", V2_0),
  C_WRAP_KEY(0x0000003D, "C_WrapKey", "C_WrapKey", V2_0),
  C_UNWRAP_KEY(0x0000003E, "C_UnwrapKey", "C_UnwrapKey", V2_0),
  C_DERIVE_KEY(0x0000003F, "C_DeriveKey", "C_DeriveKey", V2_0),
  C_SEED_RANDOM(0x00000040, "C_SeedRandom", "C_SeedRandom", V2_0),
  C_GENERATE_RANDOM(0x00000041, "C_GenerateRandom", "C_GenerateRandom", V2_0),
  C_GET_FUNCTION_STATUS(0x00000042, "C_GetFunctionStatus", "C_GetFunctionStatus", V2_0),
  C_CANCEL_FUNCTION(0x00000043, "C_CancelFunction", "C_CancelFunction", V2_0),
  C_WAIT_FOR_SLOT_EVENT(0x00000044, "C_WaitForSlotEvent", "C_WaitForSlotEvent", V2_0),
  C_GET_INTERFACE_LIST(0x00000045, "C_GetInterfaceList", "C_GetInterfaceList", V2_0),
  C_GET_INTERFACE(0x00000046, "C_GetInterface", "C_GetInterface", V2_0),
  C_LOGIN_USER(0x00000047, "C_LoginUser", "C_LoginUser", V2_0),
  C_SESSION_CANCEL(0x00000048, "C_SessionCancel", "C_SessionCancel", V2_0),
  C_MESSAGE_ENCRYPT_INIT(0x00000049, "C_MessageEncryptInit", "C_MessageEncryptInit", V2_0),
  C_ENCRYPT_MESSAGE(0x0000004A, "C_EncryptMessage", "C_EncryptMessage", V2_0),
  C_ENCRYPT_MESSAGE_BEGIN(0x0000004B, "C_EncryptMessageBegin", "C_EncryptMessageBegin", V2_0),
  C_ENCRYPT_MESSAGE_NEXT(0x0000004C, "C_EncryptMessageNext", "C_EncryptMessageNext", V2_0),
  C_MESSAGE_ENCRYPT_FINAL(0x0000004D, "C_MessageEncryptFinal", "C_MessageEncryptFinal", V2_0),
  C_MESSAGE_DECRYPT_INIT(0x0000004E, "C_MessageDecryptInit", "C_MessageDecryptInit", V2_0),
  C_DECRYPT_MESSAGE(0x0000004F, "C_DecryptMessage", "C_DecryptMessage", V2_0),
  C_DECRYPT_MESSAGE_BEGIN(0x00000050, "C_DecryptMessageBegin", "C_DecryptMessageBegin", V2_0),
  C_DECRYPT_MESSAGE_NEXT(0x00000051, "C_DecryptMessageNext", "C_DecryptMessageNext", V2_0),
  C_MESSAGE_DECRYPT_FINAL(0x00000052, "C_MessageDecryptFinal", "C_MessageDecryptFinal", V2_0),
  C_MESSAGE_SIGN_INIT(0x00000053, "C_MessageSignInit", "C_MessageSignInit", V2_0),
  C_SIGN_MESSAGE(0x00000054, "C_SignMessage", "C_SignMessage", V2_0),
  C_SIGN_MESSAGE_BEGIN(0x00000055, "C_SignMessageBegin", "C_SignMessageBegin", V2_0),
  C_SIGN_MESSAGE_NEXT(0x00000056, "C_SignMessageNext", "C_SignMessageNext", V2_0),
  C_MESSAGE_SIGN_FINAL(0x00000057, "C_MessageSignFinal", "C_MessageSignFinal", V2_0),
  C_MESSAGE_VERIFY_INIT(0x00000058, "C_MessageVerifyInit", "C_MessageVerifyInit", V2_0),
  C_VERIFY_MESSAGE(0x00000059, "C_VerifyMessage", "C_VerifyMessage", V2_0),
  C_VERIFY_MESSAGE_BEGIN(0x0000005A, "C_VerifyMessageBegin", "C_VerifyMessageBegin", V2_0),
  C_VERIFY_MESSAGE_NEXT(0x0000005B, "C_VerifyMessageNext", "C_VerifyMessageNext", V2_0),
  C_MESSAGE_VERIFY_FINAL(0x0000005C, "C_MessageVerifyFinal", "C_MessageVerifyFinal", V2_0);

  private static final EnumLookup<Pkcs11Function> LOOKUP =
      EnumLookup.of("PKCS#11 Function", values());

  private final int code;
  private final String specName;
  private final String encodingName;
  private final KmipVersion since;

  Pkcs11Function(int code, String specName, String encodingName, KmipVersion since) {
    this.code = code;
    this.specName = specName;
    this.encodingName = encodingName;
    this.since = since;
  }

  @Override
  public int code() {
    return code;
  }

  @Override
  public String specName() {
    return specName;
  }

  @Override
  public String encodingName() {
    return encodingName;
  }

  @Override
  public KmipVersion since() {
    return since;
  }

  public static Pkcs11Function fromCode(int code) throws KmipException {
    return LOOKUP.fromCode(code);
  }

  public static Optional<Pkcs11Function> find(int code) {
    return LOOKUP.find(code);
  }

  public static Optional<Pkcs11Function> fromEncodingName(String name) {
    return LOOKUP.fromEncodingName(name);
  }
}
